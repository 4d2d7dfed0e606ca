package fr.convergences.contribution.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.testing.Benchmark;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Import of make.org's real proposals (18,690 rows at full size) through the service the import page
 * uses: receive, preview, then commit in one transaction. Rows per second, and the heap's peaks
 * for a small and a large file side by side: constant memory means the large file does not need more.
 */
@Tag("benchmark")
class ImportBenchmark {

    private static final String CORPUS = "/corpora/makeorg-monde-d-apres-2020.csv";

    private final TestPlatform platform = TestPlatform.shared();
    private final ContributionImportService imports = platform.bean(ContributionImportService.class);
    private final ImportFixtures fixtures = new ImportFixtures(platform);
    private final TestSql sql = new TestSql(platform);

    record Run(int rows, double previewSeconds, double commitSeconds, BenchmarkHeap.Peaks peaks) {}

    @Test
    void imports_the_make_org_corpus() throws IOException {
        byte[] corpus;
        try (InputStream in = getClass().getResourceAsStream(CORPUS)) {
            corpus = in.readAllBytes();
        }
        int large = Benchmark.size(1_000, 18_690);
        int small = Benchmark.size(200, 1_000);
        byte[] largeFile = firstRows(corpus, large);
        byte[] smallFile = firstRows(corpus, small);
        long council = new TestCouncils(platform).create().id();
        Actor admin = fixtures.councilAdmin(council);

        importOnce(admin, council, smallFile, small); // warm-up: class loading, JIT, connection pool
        List<Run> runs = new ArrayList<>();
        int repeats = Benchmark.isFullSize() ? 3 : 1;
        for (int i = 0; i < repeats; i++) {
            runs.add(importOnce(admin, council, smallFile, small));
            runs.add(importOnce(admin, council, largeFile, large));
        }

        StringBuilder table = new StringBuilder("""
                Through `ContributionImportService` (receive → preview → commit), make.org corpus (`id,text,votes,adhesion`: `text` \
                recognised as the text and used as title), each run into a new consultation.

                | rows | preview | commit (one transaction) | commit rows/s | preview + commit rows/s | heap at start | peak heap, all pools | peak old generation |
                |---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (Run run : runs) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %,d | %.2f s | %.2f s | %,.0f | %,.0f | %s | %s | %s |%n",
                    run.rows(),
                    run.previewSeconds(),
                    run.commitSeconds(),
                    run.rows() / run.commitSeconds(),
                    run.rows() / (run.previewSeconds() + run.commitSeconds()),
                    BenchmarkHeap.megabytes(run.peaks().atStart()),
                    BenchmarkHeap.megabytes(run.peaks().allPools()),
                    BenchmarkHeap.megabytes(run.peaks().oldGeneration())));
        }
        Benchmark.report("ImportBenchmark", table.toString());
    }

    private Run importOnce(Actor admin, long council, byte[] file, int rows) {
        long consultation = fixtures.consultation(council, "Benchmark import " + rows);
        double[] seconds = new double[2];
        long[] accepted = new long[1];
        BenchmarkHeap.Peaks peaks = BenchmarkHeap.measure(() -> {
            long start = System.nanoTime();
            try (ImportFile received =
                    imports.receive(admin, consultation, "makeorg.csv", file.length, new ByteArrayInputStream(file))) {
                ImportPreview preview = imports.preview(admin, consultation, received, null);
                assertThat(preview.acceptedCount()).isEqualTo(rows);
                long previewed = System.nanoTime();
                accepted[0] = imports.commit(admin, consultation, received, preview.mapping(), ImportProgress.NONE)
                        .acceptedCount();
                seconds[0] = (previewed - start) / 1e9;
                seconds[1] = (System.nanoTime() - previewed) / 1e9;
            }
        });
        assertThat(accepted[0]).isEqualTo(rows);
        assertThat(sql.count(
                        "SELECT count(*) FROM contribution WHERE consultation_id = ? AND origin = 'IMPORTED'",
                        consultation))
                .isEqualTo(rows);
        return new Run(rows, seconds[0], seconds[1], peaks);
    }

    /** The header and the first rows of the corpus, as a CSV file (a record may span lines). */
    private static byte[] firstRows(byte[] corpus, int rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new InputStreamReader(new ByteArrayInputStream(corpus), StandardCharsets.UTF_8));
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(parser.getHeaderNames());
            int count = 0;
            for (CSVRecord record : parser) {
                if (count++ == rows) {
                    break;
                }
                printer.printRecord(record.values());
            }
            assertThat(count).isGreaterThanOrEqualTo(rows);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
