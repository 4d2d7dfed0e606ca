package fr.convergences.convergence;

import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.ConvergenceEngines;
import fr.convergences.convergence.engine.Document;
import fr.convergences.convergence.io.ContributionsFile;
import fr.convergences.convergence.io.ConvergencesFile;
import fr.convergences.convergence.io.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code converge --input contributions.jsonl --output convergences.json}: the convergence engine on a file, with no
 * database and no server (so not a ContextCommand: no application context is started). Problems with the files are
 * reported in one sentence with exit code 2, never as a stack trace.
 */
@Command(name = "converge", mixinStandardHelpOptions = true,
        description = {"Find convergences among contributions: groups that voice the same need or proposal from at least two distinct sources.",
                "Input: JSON Lines, one object a line with \"id\" and \"text\" (strings), optional \"title\", \"source\" (author or organisation) and \"territory\".",
                "Output: {\"convergences\": [{\"id\", \"label\", \"terms\", \"members\", \"sources\", \"score\"}], \"unassigned\": [ids]}."})
public class ConvergeCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Contributions, as JSON Lines (UTF-8).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the convergences (JSON).")
    Path output;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        List<Document> documents;
        try {
            documents = ContributionsFile.read(input);
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
        try {
            ConvergencesFile.write(clustering, output);
        } catch (IOException e) {
            err.println("The output file " + output + " cannot be written: " + e.getMessage());
            return BAD_INPUT;
        }
        int assigned = documents.size() - clustering.unassigned().size();
        out.printf(Locale.ROOT, "%d contributions: %d convergences gathering %d of them (%.0f %%), %d unassigned; written to %s in %.1f s.%n",
                documents.size(), clustering.convergences().size(), assigned, 100.0 * assigned / documents.size(),
                clustering.unassigned().size(), output, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
