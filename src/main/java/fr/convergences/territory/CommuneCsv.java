package fr.convergences.territory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Reading the communes CSV with Apache Commons CSV. French spreadsheets export with semicolons, the
 * rest of the world with commas: the header line decides.
 */
final class CommuneCsv {

    private CommuneCsv() {
    }

    static CSVParser parse(Reader input) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        reader.mark(4096);
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException("empty file");
        }
        reader.reset();
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(reader);
    }

    /** Whether the header has one of these columns (case ignored). */
    static boolean hasColumns(CSVParser parser, String... anyOf) {
        return parser.getHeaderNames().stream().anyMatch(name -> java.util.Arrays.stream(anyOf).anyMatch(name::equalsIgnoreCase));
    }

    /** The value of the first of these columns that the file has; empty when none. */
    static String value(CSVRecord row, String... columns) {
        for (String column : columns) {
            if (row.isMapped(column) && row.isSet(column)) {
                return row.get(column).strip();
            }
            String upper = column.toUpperCase(Locale.ROOT);
            if (row.isMapped(upper) && row.isSet(upper)) {
                return row.get(upper).strip();
            }
        }
        return "";
    }
}
