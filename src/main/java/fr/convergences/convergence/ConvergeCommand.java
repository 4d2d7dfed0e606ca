package fr.convergences.convergence;

import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.Convergence;
import fr.convergences.convergence.engine.ConvergenceEngines;
import fr.convergences.convergence.engine.Document;
import fr.convergences.convergence.engine.ThemeEngine;
import fr.convergences.convergence.io.ContributionsFile;
import fr.convergences.convergence.io.ConvergencesFile;
import fr.convergences.convergence.io.InputProblem;
import fr.convergences.convergence.io.ThemesFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code converge --input contributions.jsonl --output convergences.json}: the convergence engine on a file, with no
 * database and no server (so not a ContextCommand: no application context is started). Problems with the files are
 * reported in one sentence with exit code 2, never as a stack trace.
 */
@Command(
        name = "converge",
        mixinStandardHelpOptions = true,
        description = {
            "Find convergences among contributions: groups that voice the same need or proposal from at least two distinct sources.",
            "Input: JSON Lines, one object a line with \"id\" and \"text\" (strings), optional \"title\", \"source\" (author or organisation), \"territory\" and \"theme\" (the contributor's own choice, an id of the themes file).",
            "Themes (optional): JSON Lines, one object a line with \"id\" and \"label\", optional \"description\"; without them the engine proposes 5 to 15.",
            "Output: {\"convergences\": [{\"id\", \"label\", \"terms\", \"members\", \"sources\", \"score\"}], \"unassigned\": [ids],",
            "  \"themes\": [{\"id\", \"label\", \"members\", \"convergences\"}] (every id in exactly one; \"autres\" for \"Autres propositions\"),",
            "  \"divergences\": [{\"convergence\", \"label\", \"for\", \"against\"}]}."
        })
public class ConvergeCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE",
            description = "Contributions, as JSON Lines (UTF-8).")
    @Nullable
    Path input;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "FILE",
            description = "Where to write the convergences (JSON).")
    @Nullable
    Path output;

    @Option(
            names = "--themes",
            paramLabel = "FILE",
            description = "The themes to place the contributions under, as JSON Lines (UTF-8).")
    @Nullable
    Path themes;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        // picocli refuses a command line without the required options before it calls this
        Path input = Objects.requireNonNull(this.input, "--input is required");
        Path output = Objects.requireNonNull(this.output, "--output is required");
        List<Document> documents;
        Map<String, String> chosen;
        List<ThemeEngine.ThemeSpec> given;
        try {
            ContributionsFile.Input read = ContributionsFile.readWithThemes(input);
            documents = read.documents();
            chosen = read.chosenThemes();
            given = themes == null ? null : ThemesFile.read(themes);
            if (given != null) {
                Set<String> ids = given.stream().map(ThemeEngine.ThemeSpec::id).collect(Collectors.toSet());
                for (Map.Entry<String, String> choice : chosen.entrySet()) {
                    if (!ids.contains(choice.getValue())) {
                        throw new InputProblem(input + ": the contribution \"" + choice.getKey()
                                + "\" chose the theme \"" + choice.getValue() + "\", which is not in " + themes + ".");
                    }
                }
            }
        } catch (InputProblem problem) {
            err.println(problem.getMessage());
            return BAD_INPUT;
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            err.println("The output folder " + folder + " does not exist.");
            return BAD_INPUT;
        }
        if (Files.isDirectory(output)) {
            err.println("The output " + output + " is a folder: give a file name.");
            return BAD_INPUT;
        }
        Clustering clustering = ConvergenceEngines.standard().cluster(documents);
        List<ThemeEngine.Theme> placed = given == null
                ? new ThemeEngine().propose(documents)
                : new ThemeEngine().place(documents, given, chosen);
        try {
            ConvergencesFile.write(
                    clustering, themesOut(placed, clustering), divergences(clustering, documents), output);
        } catch (IOException e) {
            err.println("The output file " + output + " cannot be written: " + e.getMessage());
            return BAD_INPUT;
        }
        int assigned = documents.size() - clustering.unassigned().size();
        out.printf(
                Locale.ROOT,
                "%d contributions: %d convergences gathering %d of them (%.0f %%), %d unassigned; written to %s in %.1f s.%n",
                documents.size(),
                clustering.convergences().size(),
                assigned,
                100.0 * assigned / documents.size(),
                clustering.unassigned().size(),
                output,
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** Each theme with the convergences inside it: those most of whose members it holds. */
    private static List<ConvergencesFile.ThemeOut> themesOut(List<ThemeEngine.Theme> placed, Clustering clustering) {
        Map<String, String> themeOf = new HashMap<>();
        placed.forEach(theme -> theme.members().forEach(member -> themeOf.put(member, theme.id())));
        Map<String, List<String>> inside = new HashMap<>();
        for (Convergence convergence : clustering.convergences()) {
            String theme = convergence.members().stream()
                    .collect(Collectors.groupingBy(themeOf::get, LinkedHashMap::new, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            inside.computeIfAbsent(theme, key -> new ArrayList<>()).add(convergence.id());
        }
        return placed.stream()
                .map(theme -> new ConvergencesFile.ThemeOut(
                        theme.id(),
                        theme.id().equals(ThemeEngine.OTHER) ? "Autres propositions" : theme.label(),
                        theme.members(),
                        inside.getOrDefault(theme.id(), List.of())))
                .toList();
    }

    /** The convergences whose members take opposite sides ({@link StancePolicy}). */
    private static List<ConvergencesFile.DivergenceOut> divergences(Clustering clustering, List<Document> documents) {
        Map<String, Document> byId = documents.stream().collect(Collectors.toMap(Document::id, document -> document));
        List<ConvergencesFile.DivergenceOut> divergences = new ArrayList<>();
        for (Convergence convergence : clustering.convergences()) {
            List<String> inFavour = new ArrayList<>();
            List<String> against = new ArrayList<>();
            for (String member : convergence.members()) {
                Document document =
                        Objects.requireNonNull(byId.get(member), "a convergence's members are documents clustered");
                String text = document.title() == null ? document.text() : document.title() + ". " + document.text();
                (StancePolicy.of(text) == StancePolicy.Side.AGAINST ? against : inFavour).add(member);
            }
            if (!inFavour.isEmpty() && !against.isEmpty()) {
                divergences.add(
                        new ConvergencesFile.DivergenceOut(convergence.id(), convergence.label(), inFavour, against));
            }
        }
        return divergences;
    }
}
