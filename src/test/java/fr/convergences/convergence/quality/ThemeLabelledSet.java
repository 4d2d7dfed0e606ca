package fr.convergences.convergence.quality;

import fr.convergences.convergence.engine.Document;
import fr.convergences.convergence.engine.ThemeEngine;
import fr.convergences.convergence.io.InputProblem;
import fr.convergences.convergence.io.JsonLines;
import fr.convergences.convergence.io.ThemesFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One dataset of the theme-level labelled set (src/test/resources/convergence/themes, its README says where it comes
 * from): a consultation's themes as its platform named them, and its proposals, each with the theme its author chose.
 * A dataset belongs wholly to one part, {@code dev} or {@code heldout}: the split is by source.
 */
public record ThemeLabelledSet(String dataset, String part, List<ThemeEngine.ThemeSpec> themes, List<Item> items) {

    public static final Path FOLDER = Path.of("src/test/resources/convergence/themes");
    /** The datasets, development part first; the split was fixed before anything was measured. */
    public static final List<String> DATASETS = List.of("nnv", "recovery", "civocracy");

    public record Item(Document document, String theme) {}

    public ThemeLabelledSet {
        themes = List.copyOf(themes);
        items = List.copyOf(items);
    }

    public static ThemeLabelledSet read(Path folder, String dataset) throws InputProblem {
        List<ThemeEngine.ThemeSpec> themes = ThemesFile.read(folder.resolve(dataset + "-themes.jsonl"));
        Set<String> themeIds = themes.stream().map(ThemeEngine.ThemeSpec::id).collect(Collectors.toSet());
        Path file = folder.resolve(dataset + ".jsonl");
        List<Item> items = new ArrayList<>();
        Set<String> parts = new java.util.HashSet<>();
        for (JsonLines.Line line : JsonLines.read(file, List.of("id", "text", "title", "theme", "dataset", "part"))) {
            if (line.get("id") == null
                    || line.get("text") == null
                    || !themeIds.contains(line.get("theme"))
                    || line.get("part") == null) {
                throw new InputProblem(file + ", line " + line.number()
                        + ": id, text, part and a theme of the themes file are required.");
            }
            parts.add(line.get("part"));
            items.add(new Item(
                    new Document(line.get("id"), line.get("title"), line.get("text"), null, null), line.get("theme")));
        }
        if (parts.size() != 1) {
            throw new InputProblem(file + ": a dataset belongs to one part, found " + parts + ".");
        }
        return new ThemeLabelledSet(dataset, parts.iterator().next(), themes, items);
    }

    /** Every dataset of the folder's set, in {@link #DATASETS} order. */
    public static List<ThemeLabelledSet> readAll() throws InputProblem {
        List<ThemeLabelledSet> sets = new ArrayList<>();
        for (String dataset : DATASETS) {
            sets.add(read(FOLDER, dataset));
        }
        return sets;
    }

    public List<Document> documents() {
        return items.stream().map(Item::document).toList();
    }

    /** Document id to the theme people chose. */
    public Map<String, String> reference() {
        Map<String, String> reference = new LinkedHashMap<>();
        items.forEach(item -> reference.put(item.document().id(), item.theme()));
        return reference;
    }

    /**
     * The choices that a share of the contributors made, as the platform would know them: that share of the items,
     * drawn with a fixed seed, keep the theme people chose; the others are to be placed.
     */
    public Map<String, String> choices(double share, long seed) {
        List<Item> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, String> choices = new HashMap<>();
        shuffled.subList(0, (int) Math.round(share * items.size()))
                .forEach(item -> choices.put(item.document().id(), item.theme()));
        return choices;
    }
}
