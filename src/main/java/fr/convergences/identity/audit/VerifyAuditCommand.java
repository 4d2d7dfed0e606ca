package fr.convergences.identity.audit;

import fr.convergences.base.cli.ContextCommand;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code verify-audit}: recomputes the audit log's hash chains and compares them with the heads
 * that were published (council pages, minutes). Exit code 0 when intact, 1 when tampering is found.
 */
@Command(name = "verify-audit", mixinStandardHelpOptions = true,
        description = "Verify the audit log's hash chains, optionally against published heads.")
public class VerifyAuditCommand extends ContextCommand {

    @Option(names = "--council", description = "Only this council's chain (its id); 0 for the platform's chain.")
    List<Long> councils = new ArrayList<>();

    @Option(names = "--expect", paramLabel = "<seq>:<hash>",
            description = "A head that was published (repeatable); with several chains, use --council once.")
    List<String> expected = new ArrayList<>();

    PrintStream out = System.out;

    @Override
    public int run(ApplicationContext context) {
        Map<Long, List<AuditChainHead>> published = new HashMap<>();
        if (!expected.isEmpty()) {
            if (councils.size() != 1) {
                out.println("--expect needs exactly one --council");
                return 2;
            }
            try {
                published.put(councils.getFirst(), expected.stream().map(AuditChainHead::parse).toList());
            } catch (IllegalArgumentException e) {
                out.println("Invalid --expect value: " + e.getMessage());
                return 2;
            }
        }
        List<String> problems = context.getBean(AuditVerifier.class).verify(councils, published);
        if (problems.isEmpty()) {
            out.println("Audit log intact.");
            return 0;
        }
        problems.forEach(problem -> out.println("TAMPERED: " + problem));
        return 1;
    }
}
