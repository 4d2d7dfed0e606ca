package fr.convergences.base.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped logback.xml: text lines by default, one JSON object per line when CONVERGENCES_LOG_FORMAT=json. */
class LogFormatTest {

    @Test
    void with_the_json_format_each_log_entry_is_one_json_object_whose_line_breaks_are_escaped() throws Exception {
        List<String> lines = logWith("json", "Connexion refusée pour {}", "Jean\nFAUX 00:00 INFO forgé");

        assertThat(lines).hasSize(1);
        Map<?, ?> entry = JsonMapper.createDefault().readValue(lines.getFirst(), Map.class);
        assertThat(entry.get("level")).isEqualTo("WARN");
        assertThat(entry.get("loggerName")).isEqualTo("fr.convergences.essai");
        assertThat(entry.get("formattedMessage")).isEqualTo("Connexion refusée pour Jean\nFAUX 00:00 INFO forgé");
    }

    @Test
    void by_default_each_log_entry_is_a_line_of_text() throws Exception {
        List<String> lines = logWith(null, "Démarrage sur le port {}", 8080);

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst())
                .contains("WARN")
                .contains("fr.convergences.essai - Démarrage sur le port 8080")
                .doesNotStartWith("{");
    }

    private static List<String> logWith(String format, String message, Object argument) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        if (format != null) {
            // Logback looks a variable up in its context before the system properties and the environment.
            context.putProperty("CONVERGENCES_LOG_FORMAT", format);
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            Logger logger = context.getLogger("fr.convergences.essai");
            logger.warn(message, argument);
            context.stop();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
    }
}
