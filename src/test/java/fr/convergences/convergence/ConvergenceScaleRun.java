package fr.convergences.convergence;

import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.ConvergenceEngines;
import fr.convergences.convergence.engine.Document;
import fr.convergences.convergence.engine.Representation;
import fr.convergences.convergence.engine.SimilarityGraphEngine;
import fr.convergences.testing.Benchmark;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * One measured run at one size, in a JVM of its own (forked by {@link ConvergenceBenchmark} with -Xmx2g, the target's
 * heap): generates the contributions, clusters them, prepares the assignment model and assigns new contributions.
 * Prints one line: {@code RESULT size seconds peakHeapMB peakOldMB convergences assignedShare prepareSeconds p50 p95}.
 */
public final class ConvergenceScaleRun {

    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        Representation representation =
                args.length > 1 ? Representation.valueOf(args[1]) : ConvergenceEngines.STANDARD.representation();
        SimilarityGraphEngine engine =
                new SimilarityGraphEngine(ConvergenceEngines.STANDARD.withRepresentation(representation));
        ParaphraseGenerator generator = new ParaphraseGenerator();
        // Warm-up on a small input, so that the figures are those of a running application, not of class loading.
        engine.cluster(generator.generate(2_000, 1, "w"));
        List<Document> documents = generator.generate(size, 42, "d");
        Benchmark.resetPeakHeap();
        long start = System.nanoTime();
        Clustering clustering = engine.cluster(documents);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = Benchmark.peakHeapBytes();
        long peakOld = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool ->
                        pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        long prepareStart = System.nanoTime();
        SimilarityGraphEngine.Prepared prepared = engine.prepare(clustering, documents);
        double prepareSeconds = (System.nanoTime() - prepareStart) / 1e9;
        List<Document> newcomers = generator.generate(300, 4242, "n");
        long[] latencies = new long[newcomers.size()];
        int joined = 0;
        for (int i = 0; i < newcomers.size(); i++) {
            long t = System.nanoTime();
            if (prepared.assign(newcomers.get(i)).isPresent()) {
                joined++;
            }
            latencies[i] = System.nanoTime() - t;
        }
        int assigned = size - clustering.unassigned().size();
        System.out.println(String.format(
                Locale.ROOT,
                "RESULT %d %.2f %d %d %d %.3f %.2f %.3f %.3f %.3f",
                size,
                seconds,
                peak >> 20,
                peakOld >> 20,
                clustering.convergences().size(),
                (double) assigned / size,
                prepareSeconds,
                Benchmark.percentileMillis(latencies, 50),
                Benchmark.percentileMillis(latencies, 95),
                (double) joined / newcomers.size()));
    }
}
