package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.Benchmark;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What {@link CurrentUser#actor()} adds to a signed-in session's requests: at most once per
 * {@link CurrentUser#EPOCH_CHECK} per session, {@link SessionEpochStore#notBefore} reads account_session_epoch (its own
 * read-only transaction, a primary-key lookup). Timed for an account that never changed its password (no row, the usual
 * case) and for one that did, in interleaved rounds; the node's worst case follows from the check's period.
 */
@Tag("benchmark")
class SessionEpochBenchmark {

    @Test
    void the_session_epoch_read_per_signed_in_request() {
        TestPlatform platform = TestPlatform.shared();
        SessionEpochStore epochs = platform.bean(SessionEpochStore.class);
        TestAccounts accounts = new TestAccounts(platform);
        long quiet = accounts.create("Sans changement").id();
        long changed = accounts.create("Mot de passe changé").id();
        epochs.endSessionsBefore(changed, Instant.now());
        int calls = Benchmark.size(200, 20_000);

        for (int i = 0;
                i < Benchmark.size(200, 1_000);
                i++) { // warm-up: JIT, the statement prepared on the pool's connections
            epochs.notBefore(quiet);
            epochs.notBefore(changed);
        }
        long[] none = new long[calls];
        long[] some = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            boolean absent = epochs.notBefore(quiet).isEmpty();
            long middle = System.nanoTime();
            boolean present = epochs.notBefore(changed).isPresent();
            long end = System.nanoTime();
            assertThat(absent && present).isTrue();
            none[i] = middle - start;
            some[i] = end - middle;
        }

        double periodSeconds = CurrentUser.EPOCH_CHECK.toSeconds();
        StringBuilder table =
                new StringBuilder(String.format(Locale.ROOT, """
                `SessionEpochStore.notBefore`, one thread, %,d calls each, interleaved; a signed-in session makes it at most \
                once every %.0f s, so 2,000 signed-in residents who all keep clicking make at most %,.0f reads/s.

                | account | p50 | p95 | p99 | one core's share at 2,000 busy signed-in sessions (p50) |
                |---|---:|---:|---:|---:|
                """, calls, periodSeconds, 2_000 / periodSeconds));
        row(table, "no password change (no row)", none, periodSeconds);
        row(table, "password changed (a row)", some, periodSeconds);
        Benchmark.report("SessionEpochBenchmark", table.toString());
    }

    private static void row(StringBuilder table, String label, long[] nanos, double periodSeconds) {
        double p50 = Benchmark.percentileMillis(nanos, 50);
        table.append(String.format(
                Locale.ROOT,
                "| %s | %.3f ms | %.3f ms | %.3f ms | %.1f %% |%n",
                label,
                p50,
                Benchmark.percentileMillis(nanos, 95),
                Benchmark.percentileMillis(nanos, 99),
                2_000 / periodSeconds * p50 / 1_000 * 100));
    }
}
