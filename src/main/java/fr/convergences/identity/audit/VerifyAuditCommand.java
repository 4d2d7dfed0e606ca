package fr.convergences.identity.audit;

import fr.convergences.base.cli.ContextCommand;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify-audit}: recomputes the audit log's hash chains and compares them with the heads
 * that were published (council pages, minutes). Exit code 0 when intact, 1 when tampering is found, 2 when nothing
 * could be verified (bad arguments, database away or busy): 1 is a verdict and is never given without one.
 */
@Command(
        name = "verify-audit",
        mixinStandardHelpOptions = true,
        description = "Verify the audit log's hash chains, optionally against published heads.")
public class VerifyAuditCommand extends ContextCommand {

    @Option(names = "--council", description = "Only this council's chain (its id); 0 for the platform's chain.")
    List<Long> councils = new ArrayList<>();

    @Option(
            names = "--expect",
            paramLabel = "<seq>:<hash>",
            description = "A head that was published (repeatable); with several chains, use --council once.")
    List<String> expected = new ArrayList<>();

    PrintStream out = System.out;

    @Override
    public int run(ApplicationContext context) {
        Map<Long, List<AuditChainHead>> published = new HashMap<>();
        if (!expected.isEmpty()) {
            if (councils.size() != 1) {
                out.println(
                        "--expect needs exactly one --council (the council's id is printed beside its published head).");
                return OPERATIONAL_ERROR;
            }
            try {
                published.put(
                        councils.getFirst(),
                        expected.stream().map(AuditChainHead::parse).toList());
            } catch (IllegalArgumentException e) {
                out.println("Invalid --expect value: " + e.getMessage());
                return OPERATIONAL_ERROR;
            }
        }
        List<String> problems;
        try {
            problems = context.getBean(AuditVerifier.class).verify(councils, published);
        } catch (RuntimeException e) {
            out.println("Could not verify the audit log: the database could not be read (" + firstLine(e)
                    + "). Nothing was found tampered with; try again when the database is available.");
            return OPERATIONAL_ERROR;
        }
        if (problems.isEmpty()) {
            out.println("Audit log intact.");
            return 0;
        }
        problems.forEach(problem -> out.println("TAMPERED: " + problem));
        return 1;
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage())
                .lines()
                .findFirst()
                .orElse(cause.getClass().getSimpleName());
    }
}
