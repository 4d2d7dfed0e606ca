package fr.convergences.base.cli;

import io.micronaut.context.ApplicationContext;
import java.util.concurrent.Callable;

/**
 * A subcommand that needs the platform's beans (database, index) but not the web server. It starts
 * the application context, runs, and stops it. Tests call {@link #run(ApplicationContext)} with the
 * context of the platform they already started.
 */
public abstract class ContextCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        ApplicationContext context;
        try {
            context = ApplicationContext.builder().environments("cli").start();
        } catch (RuntimeException e) {
            // An operational failure (the server holds the data directory, the database is away): one sentence, exit 2.
            System.err.println(StartupFailure.explain(e));
            return OPERATIONAL_ERROR;
        }
        try (context) {
            return run(context);
        } catch (RuntimeException e) {
            // Failing half-way (the database went away or is busy) is operational too: exit code 1 is kept for a
            // verdict, such as verify-audit's or verify-session's "tampered".
            System.err.println(StartupFailure.explain(e));
            return OPERATIONAL_ERROR;
        }
    }

    /** Exit code of a command that could not do its work (database away or busy, data directory in use, bad argument). */
    public static final int OPERATIONAL_ERROR = 2;

    /** Does the work; returns the process exit code (0 for success, 2 for an operational error). */
    public abstract int run(ApplicationContext context) throws Exception;
}
