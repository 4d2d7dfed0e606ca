package fr.convergences.convergence.io;

import fr.convergences.convergence.engine.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code converge}: one JSON object a line with {@code id} and {@code text} (strings), optional
 * {@code title}, {@code source} (author or organisation) and {@code territory}.
 */
public final class ContributionsFile {

    static final List<String> FIELDS = List.of("id", "text", "title", "source", "territory", "theme");

    /** The contributions, and the theme each contributor chose where they did (document id → theme id). */
    public record Input(List<Document> documents, Map<String, String> chosenThemes) {}

    private ContributionsFile() {}

    public static List<Document> read(Path file) throws InputProblem {
        return readWithThemes(file).documents();
    }

    /** The contributions with their optional {@code theme} field: the contributor's own choice, an id of the themes file. */
    public static Input readWithThemes(Path file) throws InputProblem {
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        List<JsonLines.Line> lines = JsonLines.read(file, FIELDS);
        List<Document> documents = new ArrayList<>(lines.size());
        Map<String, Integer> firstLine = new HashMap<>();
        for (JsonLines.Line line : lines) {
            String where = file + ", line " + line.number() + ": ";
            String id = line.get("id");
            String text = line.get("text");
            if (id == null || id.isBlank()) {
                throw new InputProblem(where + "the field \"id\" (a non-empty string) is missing.");
            }
            if (text == null || text.isBlank()) {
                throw new InputProblem(
                        where + "the field \"text\" (a non-empty string) is missing for id \"" + id + "\".");
            }
            Integer previous = firstLine.putIfAbsent(id, line.number());
            if (previous != null) {
                throw new InputProblem(
                        where + "the id \"" + id + "\" was already used on line " + previous + "; ids must be unique.");
            }
            documents.add(new Document(
                    id,
                    blankToNull(line.get("title")),
                    text,
                    blankToNull(line.get("source")),
                    blankToNull(line.get("territory"))));
            String theme = blankToNull(line.get("theme"));
            if (theme != null) {
                chosen.put(id, theme);
            }
        }
        if (documents.isEmpty()) {
            throw new InputProblem(
                    "The input file " + file + " has no contribution (one JSON object a line is expected).");
        }
        return new Input(documents, chosen);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
