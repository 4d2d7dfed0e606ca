package fr.convergences.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The conventions of the benchmarks ({@code *Benchmark} classes, run by Failsafe): at smoke size in
 * every build (CI), so that they keep working, and at full size with {@code ./mvnw verify -Pbenchmark}.
 * Each writes its figures to target/benchmarks/; the latest full-size figures are copied, with the
 * machine and the date, into docs/BENCHMARKS.md. Benchmarks assert correctness, never timings.
 */
public final class Benchmark {

    private Benchmark() {}

    public static boolean isFullSize() {
        return "full".equals(System.getProperty("convergences.benchmark.size", "smoke"));
    }

    public static int size(int smoke, int full) {
        return isFullSize() ? full : smoke;
    }

    /** The p-th percentile (0–100) of durations in nanoseconds, in milliseconds. */
    public static double percentileMillis(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }

    /** Forgets the heap's peak, so that {@link #peakHeapBytes()} measures what follows. */
    public static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the live heap. */
    public static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /** Prints the figures and writes them to target/benchmarks/&lt;name&gt;-&lt;size&gt;.md. */
    public static void report(String name, String markdown) {
        String size = isFullSize() ? "full" : "smoke";
        String text = "## " + name + " (" + size + " size, " + java.time.LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ")\n\n" + markdown
                + "\n";
        System.out.println(text);
        try {
            Path folder = TestPlatform.buildDirectory().resolve("benchmarks");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + "-" + size + ".md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
