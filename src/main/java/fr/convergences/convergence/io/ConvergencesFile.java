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

/**
 * The output of {@code converge}: {@code {"convergences": [{"id", "label", "terms", "members", "sources", "score"}],
 * "unassigned": [ids]}}, written to a temporary file beside the target and moved into place, so that a failed run
 * never leaves half a file.
 */
public final class ConvergencesFile {

    private static final JsonFactory JSON = new JsonFactory();

    private ConvergencesFile() {
    }

    public static void write(Clustering clustering, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(clustering, out);
            }
            Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Clustering clustering, OutputStream out) throws IOException {
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
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
