package fr.convergences.contribution.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionService;
import fr.convergences.testing.Benchmark;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * CSV export of a consultation's contributions (100,000 at full size), streamed from a database
 * cursor to the HTTP response, side by side in one run with the former approach (every contribution
 * loaded, the whole CSV built in a StringWriter). Two sizes each: constant memory means the peaks do
 * not grow with the number of contributions.
 */
@Tag("benchmark")
class ExportBenchmark {

    private final TestPlatform platform = TestPlatform.shared();
    private final TestSql sql = new TestSql(platform);
    private final HttpClient http = HttpClient.newHttpClient();

    record Run(String variant, int rows, double seconds, BenchmarkHeap.Peaks peaks) {}

    @Test
    void exports_in_constant_memory() {
        int large = Benchmark.size(2_000, 100_000);
        int small = Benchmark.size(500, 10_000);
        long council = new TestCouncils(platform).create().id();
        ImportFixtures fixtures = new ImportFixtures(platform);
        long smallConsultation = consultationWith(fixtures, council, small);
        long largeConsultation = consultationWith(fixtures, council, large);

        List<Run> runs = new ArrayList<>();
        int repeats = Benchmark.isFullSize() ? 3 : 1;
        for (int i = 0; i <= repeats; i++) {
            // The first round warms up (class loading, JIT, connection pool) and is not reported.
            List<Run> round = new ArrayList<>();
            for (long consultation : List.of(smallConsultation, largeConsultation)) {
                int rows = consultation == smallConsultation ? small : large;
                round.add(measure("streamed CSV over HTTP (new)", rows, () -> httpLines(consultation, "csv")));
                round.add(measure("streamed JSON over HTTP (new)", rows, () -> httpContributions(consultation)));
                round.add(measure("streamed CSV, in process (new)", rows, () -> streamedLines(consultation)));
                round.add(measure("whole CSV in a StringWriter (former)", rows, () -> formerLines(consultation)));
            }
            if (i > 0) {
                runs.addAll(round);
            }
        }

        StringBuilder table = new StringBuilder("""
                Contributions inserted with `INSERT … SELECT … FROM generate_series` (title, a text of about 230 characters, a commune, \
                every other one with a theme). "In process" writes to a writer that discards; "over HTTP" reads the whole response \
                with java.net.http in the same JVM. Heap figures are those of the JVM running both the platform and the client.

                | variant | contributions | time | contributions/s | heap at start | peak heap, all pools | peak old generation |
                |---|---:|---:|---:|---:|---:|---:|
                """);
        for (Run run : runs) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.2f s | %,.0f | %s | %s | %s |%n",
                    run.variant(),
                    run.rows(),
                    run.seconds(),
                    run.rows() / run.seconds(),
                    BenchmarkHeap.megabytes(run.peaks().atStart()),
                    BenchmarkHeap.megabytes(run.peaks().allPools()),
                    BenchmarkHeap.megabytes(run.peaks().oldGeneration())));
        }
        Benchmark.report("ExportBenchmark", table.toString());
    }

    private Run measure(String variant, int rows, LongSupplier export) {
        long[] counted = new long[1];
        long[] nanos = new long[1];
        BenchmarkHeap.Peaks peaks = BenchmarkHeap.measure(() -> {
            long start = System.nanoTime();
            counted[0] = export.getAsLong();
            nanos[0] = System.nanoTime() - start;
        });
        assertThat(counted[0]).as(variant).isEqualTo(rows);
        return new Run(variant, rows, nanos[0] / 1e9, peaks);
    }

    private long consultationWith(ImportFixtures fixtures, long council, int rows) {
        long consultation = fixtures.consultation(council, "Benchmark export " + rows);
        sql.update("""
                INSERT INTO contribution (consultation_id, kind, title, body, commune_insee, status, created_at, published_at, origin)
                SELECT ?, (ARRAY['NEED', 'PROPOSAL', 'TESTIMONY'])[1 + g % 3], 'Contribution n° ' || g,
                       repeat('Il faut un centre de santé ouvert le soir et le samedi, proche des transports. ', 3) || g,
                       '91228', 'PUBLISHED', now(), now() - g * interval '1 minute', 'ONLINE'
                FROM generate_series(1, ?) g""", consultation, rows);
        sql.update("""
                INSERT INTO contribution_theme (contribution_id, theme_id)
                SELECT c.id, (SELECT min(t.id) FROM theme t WHERE t.consultation_id = c.consultation_id)
                FROM contribution c WHERE c.consultation_id = ? AND c.id % 2 = 0""", consultation);
        return consultation;
    }

    /** Data lines of the CSV read over HTTP (no text holds a line break here): all lines but two comments and the header. */
    private long httpLines(long consultation, String format) {
        return send(consultation, format, in -> {
            long lines = 0;
            int b;
            byte[] buffer = new byte[1 << 16];
            while ((b = in.read(buffer)) != -1) {
                for (int i = 0; i < b; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
            return lines - 3;
        });
    }

    /** Contributions in the JSON document read over HTTP, counted by their "kind" member. */
    private long httpContributions(long consultation) {
        return send(consultation, "json", in -> {
            byte[] needle = "\"kind\":".getBytes();
            long count = 0;
            int matched = 0;
            int b;
            byte[] buffer = new byte[1 << 16];
            while ((b = in.read(buffer)) != -1) {
                for (int i = 0; i < b; i++) {
                    matched = buffer[i] == needle[matched] ? matched + 1 : (buffer[i] == needle[0] ? 1 : 0);
                    if (matched == needle.length) {
                        count++;
                        matched = 0;
                    }
                }
            }
            return count;
        });
    }

    private interface BodyCounter {
        long count(InputStream body) throws IOException;
    }

    private long send(long consultation, String format, BodyCounter counter) {
        try {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(
                                    platform.uri("/api/consultations/" + consultation + "/contributions." + format))
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            try (InputStream body = response.body()) {
                return counter.count(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long streamedLines(long consultation) {
        LineCounter out = new LineCounter();
        platform.bean(OpenDataExport.class).writeCsv(consultation, out);
        return out.lines - 3;
    }

    /** The former export: every contribution loaded as an entity, the whole CSV built in memory, then sent as one string. */
    private long formerLines(long consultation) {
        String title = platform.bean(OpenDataExport.class)
                .consultation(consultation)
                .consultation()
                .title();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setCommentMarker('#').get())) {
            csv.printComment(OpenDataExport.LICENCE);
            csv.printRecord(OpenDataExport.COLUMNS);
            for (Contribution contribution :
                    platform.bean(ContributionService.class).published(consultation)) {
                csv.printRecord(
                        contribution.id(),
                        OpenDataExport.safe(title),
                        contribution.kind().name(),
                        OpenDataExport.safe(contribution.title()),
                        OpenDataExport.safe(contribution.body()),
                        OpenDataExport.safe(contribution.communeInsee()),
                        contribution.status().name(),
                        contribution.publishedAt().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String body = out.toString();
        return body.lines().count() - 2;
    }

    /** Discards what is written, counting line breaks. */
    private static final class LineCounter extends Writer {
        private long lines;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                lines += buffer[i] == '\n' ? 1 : 0;
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
