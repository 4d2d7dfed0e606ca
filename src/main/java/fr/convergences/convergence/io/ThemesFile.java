package fr.convergences.convergence.io;

import fr.convergences.convergence.engine.ThemeEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The themes given to {@code converge --themes}: one JSON object a line with {@code id} and {@code label} (strings),
 * optional {@code description}. The id {@value ThemeEngine#OTHER} is the engine's own, for "Autres propositions".
 */
public final class ThemesFile {

    static final List<String> FIELDS = List.of("id", "label", "description");

    private ThemesFile() {}

    public static List<ThemeEngine.ThemeSpec> read(Path file) throws InputProblem {
        List<ThemeEngine.ThemeSpec> themes = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (JsonLines.Line line : JsonLines.read(file, FIELDS)) {
            String where = file + ", line " + line.number() + ": ";
            String id = line.get("id");
            String label = line.get("label");
            if (id == null || id.isBlank()) {
                throw new InputProblem(where + "the field \"id\" (a non-empty string) is missing.");
            }
            if (label == null || label.isBlank()) {
                throw new InputProblem(
                        where + "the field \"label\" (a non-empty string) is missing for theme \"" + id + "\".");
            }
            if (id.equals(ThemeEngine.OTHER)) {
                throw new InputProblem(where + "the id \"" + ThemeEngine.OTHER
                        + "\" is kept for \"Autres propositions\"; choose another.");
            }
            Integer previous = firstLine.putIfAbsent(id, line.number());
            if (previous != null) {
                throw new InputProblem(where + "the theme id \"" + id + "\" was already used on line " + previous
                        + "; ids must be unique.");
            }
            String description = line.get("description");
            themes.add(new ThemeEngine.ThemeSpec(
                    id, label, description == null || description.isBlank() ? null : description));
        }
        if (themes.isEmpty()) {
            throw new InputProblem("The themes file " + file + " has no theme (one JSON object a line is expected).");
        }
        return themes;
    }
}
