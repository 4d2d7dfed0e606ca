package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.convergence.engine.ConvergenceEngines;
import fr.convergences.convergence.engine.Representation;
import fr.convergences.testing.Benchmark;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time and memory of the convergence computation at 10,000, 30,000 and 100,000 contributions (smoke: 2,000), and
 * the latency of assigning one new contribution to the existing convergences. Each size runs in a JVM of its own
 * with {@code -Xmx2g}, the target's heap, so that a run which needs more fails instead of borrowing the benchmark
 * profile's 4 GB. The contributions are the corpus's proposals varied by {@link ParaphraseGenerator} (seeded).
 * Full size: {@code ./mvnw verify -Pbenchmark -Dit.test=ConvergenceBenchmark}.
 */
@Tag("benchmark")
class ConvergenceBenchmark {

    record Result(
            String representation,
            int size,
            double seconds,
            long peakHeapMegabytes,
            long peakOldMegabytes,
            int convergences,
            double shareAssigned,
            double prepareSeconds,
            double assignP50,
            double assignP95,
            double newcomersJoined) {}

    @Test
    void convergences_of_up_to_100000_contributions_within_2_gb() throws Exception {
        List<Integer> sizes = Benchmark.isFullSize() ? List.of(10_000, 30_000, 100_000) : List.of(2_000);
        List<Result> results = new ArrayList<>();
        Representation chosen = ConvergenceEngines.STANDARD.representation();
        for (int size : sizes) {
            results.add(run(size, chosen));
        }
        if (Benchmark.isFullSize()) {
            results.add(run(100_000, Representation.WORDS)); // the runner-up, side by side
        }
        StringBuilder table = new StringBuilder("""
                Each row: a fresh JVM with -Xmx2g; a warm-up clustering of 2,000 contributions, then the measured one.
                Peak heap: the sum of the heap pools' peaks during the clustering (an upper bound of the live heap);
                peak old generation: what survived collections. Assignment: a prepared model of the clustering, then
                300 new generated contributions assigned one by one.

                | representation | contributions | clustering s | peak heap MB | peak old gen MB | convergences | share assigned | prepare model s | assign p50 ms | assign p95 ms | newcomers joining one |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (Result r : results) {
            table.append(String.format(
                    java.util.Locale.ROOT,
                    "| %s | %,d | %.1f | %d | %d | %,d | %.2f | %.1f | %.2f | %.2f | %.2f |%n",
                    r.representation(),
                    r.size(),
                    r.seconds(),
                    r.peakHeapMegabytes(),
                    r.peakOldMegabytes(),
                    r.convergences(),
                    r.shareAssigned(),
                    r.prepareSeconds(),
                    r.assignP50(),
                    r.assignP95(),
                    r.newcomersJoined()));
        }
        table.append("\nLoad average at the end: ")
                .append(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores.\n");
        Benchmark.report("convergence", table.toString());
        for (Result r : results) {
            assertThat(r.convergences()).isPositive();
            assertThat(r.shareAssigned()).isBetween(0.0, 1.0);
        }
    }

    private static Result run(int size, Representation representation) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx2g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ConvergenceScaleRun.class.getName(),
                        Integer.toString(size),
                        representation.name())
                .redirectErrorStream(true)
                .start();
        StringBuilder log = new StringBuilder();
        String result = null;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(log.toString()).isZero();
        assertThat(result).as(log.toString()).isNotNull();
        String[] f = result.split(" ");
        return new Result(
                representation.name(),
                Integer.parseInt(f[1]),
                Double.parseDouble(f[2]),
                Long.parseLong(f[3]),
                Long.parseLong(f[4]),
                Integer.parseInt(f[5]),
                Double.parseDouble(f[6]),
                Double.parseDouble(f[7]),
                Double.parseDouble(f[8]),
                Double.parseDouble(f[9]),
                Double.parseDouble(f[10]));
    }
}
