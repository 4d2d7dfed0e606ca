package fr.convergences.contribution.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The rejected rows of an import as a CSV file, in the reader's language; the rows' text cannot run as formulas. */
final class ImportReportCsv {

    private ImportReportCsv() {}

    static byte[] write(List<RejectedRow> rows, Function<RejectedRow, String> reason, List<String> header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(rows, reason, header, bytes);
        return bytes.toByteArray();
    }

    /** Streams the report: a report of a hundred thousand rows is written as it is read, never held as one file. */
    static void write(
            List<RejectedRow> rows, Function<RejectedRow, String> reason, List<String> header, OutputStream out) {
        write(
                sink -> {
                    for (RejectedRow row : rows) {
                        sink.accept(row);
                    }
                },
                reason,
                header,
                out);
    }

    /** The rows come from {@code source}, which hands them to the sink as it reads them (from the database). */
    static void write(Source source, Function<RejectedRow, String> reason, List<String> header, OutputStream out) {
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            source.each(row -> csv.printRecord(
                    row.line(), OpenDataExport.safe(reason.apply(row)), OpenDataExport.safe(row.excerpt())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface Source {
        void each(ContributionImportService.RejectedRowSink sink) throws IOException;
    }
}
