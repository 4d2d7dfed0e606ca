package fr.convergences;

import fr.convergences.base.cli.ServeCommand;
import fr.convergences.convergence.ConvergeCommand;
import fr.convergences.identity.audit.VerifyAuditCommand;
import fr.convergences.motion.entry.VerifySessionCommand;
import fr.convergences.search.ReindexCommand;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the application jar. With no arguments it serves the platform; subcommands
 * (added by the features) run one task and exit.
 */
@Command(
        name = "convergences",
        mixinStandardHelpOptions = true,
        version = "Convergences 0.1",
        description = "Participatory health-democracy platform for territorial health councils.",
        subcommands = {
            ServeCommand.class,
            VerifyAuditCommand.class,
            ReindexCommand.class,
            ConvergeCommand.class,
            VerifySessionCommand.class
        })
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Convergences public API",
                        version = "0.1",
                        description =
                                "Read-only public data of the territorial health councils hosted by Convergences.",
                        license =
                                @License(
                                        name = "Licence Ouverte 2.0 (Etalab)",
                                        url = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")))
public class Application implements Callable<Integer> {

    @CommandLine.Mixin
    ServeCommand.Options serveOptions = new ServeCommand.Options();

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Application());
        int exitCode = commandLine.execute(args);
        // The server keeps running on its own non-daemon threads; every other command exits.
        if (exitCode != 0 || !ServeCommand.isServing()) {
            System.exit(exitCode);
        }
    }

    /** No subcommand means "serve", so that {@code java -jar convergences.jar} just works. */
    @Override
    public Integer call() {
        return new ServeCommand(serveOptions).call();
    }
}
