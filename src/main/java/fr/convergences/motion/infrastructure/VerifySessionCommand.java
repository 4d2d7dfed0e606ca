package fr.convergences.motion.infrastructure;

import fr.convergences.base.cli.ContextCommand;
import fr.convergences.motion.application.SessionVerifier;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;

/**
 * {@code verify-session <id> [--expect <seq>:<hash>]}: recomputes a closed voting session's chain and count
 * from the published data and compares them with the published head. Exit code 0 when intact, 1 otherwise.
 */
@Command(name = "verify-session", mixinStandardHelpOptions = true,
        description = "Verify a closed voting session: its hash chain, ballots and count, against the published head.")
public class VerifySessionCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "<session id>", description = "The voting session's id (shown on the motion's page).")
    long sessionId;

    @Option(names = "--expect", paramLabel = "<seq>:<hash>", description = "The head printed in the minutes or on the motion's page.")
    String expected;

    PrintStream out = System.out;

    @Override
    public int run(ApplicationContext context) {
        long started = System.nanoTime();
        SessionVerifier.Report report = context.getBean(SessionVerifier.class).verify(sessionId, expected);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (report.intact()) {
            out.println("Voting session " + sessionId + " intact: " + report.events() + " chained events, " + report.ballots() + " ballots, "
                    + "outcome " + report.recount().outcome() + ", head " + report.head() + " (verified in " + millis + " ms).");
            return 0;
        }
        report.problems().forEach(problem -> out.println("TAMPERED: " + problem));
        return 1;
    }
}
