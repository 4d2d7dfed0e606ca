package fr.convergences.motion.entry;

import fr.convergences.base.cli.ContextCommand;
import fr.convergences.motion.application.SessionVerifier;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify-session <id> [--expect <seq>:<hash>]}: recomputes a closed voting session's chain and count
 * from the published data and compares them with the published head. Exit code 0 when intact, 1 when it was
 * changed (tampered), 2 when it could not be verified (unknown session, not closed yet, database unreachable or busy),
 * each with one sentence.
 */
@Command(
        name = "verify-session",
        mixinStandardHelpOptions = true,
        description = "Verify a closed voting session: its hash chain, ballots and count, against the published head.")
public class VerifySessionCommand extends ContextCommand {

    @Parameters(
            index = "0",
            paramLabel = "<session id>",
            description = "The voting session's id (shown on the motion's page).")
    long sessionId;

    @Option(
            names = "--expect",
            paramLabel = "<seq>:<hash>",
            description = "The head printed in the minutes or on the motion's page.")
    @Nullable
    String expected;

    PrintStream out = System.out;

    /** Exit code when the session was verified and found changed. */
    static final int TAMPERED = 1;
    /** Exit code when nothing could be verified (unknown session, session still open, database unreachable or busy): no verdict. */
    static final int NOT_VERIFIED = 2;

    @Override
    public Integer call() {
        // Starting the platform's context is where an unreachable or locked database shows: that is no verdict on the
        // session.
        try {
            return super.call();
        } catch (Exception e) {
            return notVerified(e);
        }
    }

    @Override
    public int run(ApplicationContext context) {
        long started = System.nanoTime();
        SessionVerifier.Report report;
        try {
            report = context.getBean(SessionVerifier.class).verify(sessionId, expected);
        } catch (RuntimeException e) {
            return notVerified(e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (report.unverifiable() != null) {
            out.println("Could not verify: " + report.unverifiable() + ". Nothing was found tampered with.");
            return NOT_VERIFIED;
        }
        if (report.intact()) {
            var recount = Objects.requireNonNull(report.recount(), "an intact session was recounted");
            out.println("Voting session " + sessionId + " intact: " + report.events() + " chained events, "
                    + report.ballots() + " ballots, " + "outcome "
                    + recount.outcome() + ", head " + report.head() + " (verified in " + millis + " ms).");
            return 0;
        }
        report.problems().forEach(problem -> out.println("TAMPERED: " + problem));
        return TAMPERED;
    }

    private int notVerified(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = String.valueOf(cause.getMessage())
                .lines()
                .findFirst()
                .orElse(cause.getClass().getSimpleName());
        out.println("Could not verify voting session " + sessionId + ": the database could not be read (" + reason
                + "). Nothing was found tampered with; try again when the database is available.");
        return NOT_VERIFIED;
    }
}
