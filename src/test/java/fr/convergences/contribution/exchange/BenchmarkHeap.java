package fr.convergences.contribution.exchange;

import fr.convergences.testing.Benchmark;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Heap figures for the exchange benchmarks. The sum of all pools' peaks ({@link Benchmark#peakHeapBytes()})
 * is dominated by how far the young generation fills before a collection, which depends on the
 * collector's sizing more than on what the code keeps; the old generation's peak shows what survives,
 * which is where a materialised export or import grows with its size.
 */
final class BenchmarkHeap {

    private BenchmarkHeap() {}

    static long oldGenerationPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool ->
                        pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    /** The heap in use after a full collection before the run (the platform's own), and its peaks during the run. */
    record Peaks(long atStart, long allPools, long oldGeneration) {}

    static Peaks measure(Runnable run) {
        Benchmark.resetPeakHeap();
        long atStart = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        run.run();
        return new Peaks(atStart, Benchmark.peakHeapBytes(), oldGenerationPeakBytes());
    }
}
