package fr.convergences.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading the communes CSV with Apache Commons CSV. French spreadsheets export with semicolons, the
 * rest of the world with commas, some with tabs: the header line decides. The bytes are UTF-8 (with
 * or without a byte-order mark) when they decode as such, else Windows-1252, which is what a French
 * spreadsheet on Windows writes as "CSV" (ISO-8859-1's accents are the same bytes).
 */
final class CommuneCsv {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CommuneCsv() {}

    /** The file's text, its encoding detected: a strict UTF-8 decoding first, Windows-1252 when that fails. */
    static Reader decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return new StringReader(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content)
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return new StringReader(new String(bytes, start, bytes.length - start, WINDOWS_1252));
        }
    }

    static CSVParser parse(Reader input) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        reader.mark(4096);
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException("empty file");
        }
        reader.reset();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        char delimiter = tabs > semicolons && tabs > commas ? '\t' : semicolons > commas ? ';' : ',';
        return CSVFormat.DEFAULT
                .builder()
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
        return parser.getHeaderNames().stream()
                .anyMatch(name -> java.util.Arrays.stream(anyOf).anyMatch(name::equalsIgnoreCase));
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
