package fr.convergences.convergence.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.Convergence;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The output of {@code converge}: {@code {"convergences": [{"id", "label", "terms", "members", "sources", "score"}],
 * "unassigned": [ids]}}, written to a temporary file beside the target and moved into place, so that a failed run
 * never leaves half a file.
 */
public final class ConvergencesFile {

    private static final JsonFactory JSON = new JsonFactory();

    private ConvergencesFile() {}

    /** A theme as written: its id, label, members, and the convergences inside it. */
    public record ThemeOut(String id, String label, List<String> members, List<String> convergences) {}

    /** A group whose members oppose each other: the convergence's id and label, and the two sides. */
    public record DivergenceOut(String convergence, String label, List<String> inFavour, List<String> against) {}

    public static void write(Clustering clustering, Path file) throws IOException {
        write(clustering, null, List.of(), file);
    }

    /** With themes (every input id in exactly one) and divergences; {@code themes} null writes the output without them. */
    public static void write(
            Clustering clustering, @Nullable List<ThemeOut> themes, List<DivergenceOut> divergences, Path file)
            throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(clustering, themes, divergences, out);
            }
            Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Clustering clustering, OutputStream out) throws IOException {
        write(clustering, null, List.of(), out);
    }

    public static void write(
            Clustering clustering, @Nullable List<ThemeOut> themes, List<DivergenceOut> divergences, OutputStream out)
            throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("convergences");
            for (Convergence convergence : clustering.convergences()) {
                json.writeStartObject();
                json.writeStringField("id", convergence.id());
                json.writeStringField("label", convergence.label());
                json.writeArrayFieldStart("terms");
                for (String term : convergence.terms()) {
                    json.writeString(term);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("members");
                for (String member : convergence.members()) {
                    json.writeString(member);
                }
                json.writeEndArray();
                json.writeNumberField("sources", convergence.sources());
                json.writeNumberField("score", convergence.score());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unassigned");
            for (String id : clustering.unassigned()) {
                json.writeString(id);
            }
            json.writeEndArray();
            if (themes != null) {
                json.writeArrayFieldStart("themes");
                for (ThemeOut theme : themes) {
                    json.writeStartObject();
                    json.writeStringField("id", theme.id());
                    json.writeStringField("label", theme.label());
                    strings(json, "members", theme.members());
                    strings(json, "convergences", theme.convergences());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("divergences");
                for (DivergenceOut divergence : divergences) {
                    json.writeStartObject();
                    json.writeStringField("convergence", divergence.convergence());
                    json.writeStringField("label", divergence.label());
                    strings(json, "for", divergence.inFavour());
                    strings(json, "against", divergence.against());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
