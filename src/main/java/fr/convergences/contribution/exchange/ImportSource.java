package fr.convergences.contribution.exchange;

import fr.convergences.base.UserFacingException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * Reads an import file as rows, in one pass and constant memory: strict UTF-8 (a byte-order mark is
 * accepted), then CSV with the delimiter that its header line uses (comma, semicolon or tab; Apache
 * Commons CSV does the quoting), or JSON Lines when the first character opens an object. A file that
 * cannot be read at all is refused as a whole, with a message saying where to look.
 */
public final class ImportSource implements Closeable, Iterable<SourceRow> {

    static final int MAX_COLUMNS = 200;
    private static final int HEADER_MAX_CHARS = 1 << 20;

    private final ImportFormat format;
    private final List<String> columns;
    private final long size;
    private final CountingStream bytes;
    private final BufferedReader reader;
    /** Null for JSON Lines. */
    private final @Nullable CSVParser csv;

    private ImportSource(
            ImportFormat format,
            List<String> columns,
            long size,
            CountingStream bytes,
            BufferedReader reader,
            @Nullable CSVParser csv) {
        this.format = format;
        this.columns = columns;
        this.size = size;
        this.bytes = bytes;
        this.reader = reader;
        this.csv = csv;
    }

    public static ImportSource open(Path file) {
        try {
            OptionalLong badLine = Utf8Check.firstMalformedLine(file);
            if (badLine.isPresent()) {
                throw new UserFacingException("exchange.file.encoding", badLine.getAsLong());
            }
            ImportFormat format = detectFormat(file);
            List<String> columns = format == ImportFormat.JSON_LINES ? jsonColumns(file) : List.of();
            CountingStream bytes = new CountingStream(Files.newInputStream(file));
            BufferedReader reader = reader(bytes);
            if (format == ImportFormat.JSON_LINES) {
                return new ImportSource(format, columns, Files.size(file), bytes, reader, null);
            }
            try {
                CSVParser csv = csv(reader);
                List<String> named = csv.getHeaderNames().stream()
                        .filter(name -> !name.isBlank())
                        .toList();
                return new ImportSource(format, named, Files.size(file), bytes, reader, csv);
            } catch (RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UserFacingException("exchange.file.unreadable");
        }
    }

    public ImportFormat format() {
        return format;
    }

    public List<String> columns() {
        return columns;
    }

    /** How much of the file has been read, from 0 to 1 (the reader reads ahead: an approximation). */
    double fractionRead() {
        return size == 0 ? 1 : Math.min(1, bytes.count / (double) size);
    }

    @Override
    public Iterator<SourceRow> iterator() {
        return format == ImportFormat.JSON_LINES ? jsonRows() : csvRows();
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
        reader.close();
    }

    private static ImportFormat detectFormat(Path file) throws IOException {
        try (BufferedReader reader = reader(Files.newInputStream(file))) {
            int c;
            do {
                c = reader.read();
            } while (c != -1 && Character.isWhitespace(c));
            if (c == -1) {
                throw new UserFacingException("exchange.file.empty");
            }
            if (c == '[') {
                throw new UserFacingException("exchange.json.array");
            }
            return c == '{' ? ImportFormat.JSON_LINES : ImportFormat.CSV;
        }
    }

    /** A strict UTF-8 reader that skips a byte-order mark (spreadsheets on Windows write one). */
    private static BufferedReader reader(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (!(start.length == 3
                && (start[0] & 0xFF) == 0xEF
                && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return new BufferedReader(
                new InputStreamReader(
                        buffered,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
    }

    private static CSVParser csv(BufferedReader reader) throws IOException {
        reader.mark(HEADER_MAX_CHARS);
        String header = reader.readLine();
        reader.reset();
        if (header == null || header.isBlank()) {
            throw new UserFacingException("exchange.file.empty");
        }
        try {
            CSVParser parser = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter(header))
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    // Spreadsheets often add empty columns at the end: nameless columns are allowed, and ignored.
                    .setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
                    .get()
                    .parse(reader);
            if (parser.getHeaderNames().size() > MAX_COLUMNS) {
                throw new UserFacingException("exchange.file.tooManyColumns", MAX_COLUMNS);
            }
            return parser;
        } catch (IllegalArgumentException e) {
            // Two columns with the same name: which one would be the text?
            throw new UserFacingException("exchange.csv.header");
        } catch (IOException | UncheckedIOException e) {
            throw new UserFacingException("exchange.csv.malformed", 1);
        }
    }

    /** The delimiter the header line uses most, outside quotes: semicolon (French spreadsheets), tab, or comma. */
    static char delimiter(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private Iterator<SourceRow> csvRows() {
        CSVParser csv = Objects.requireNonNull(this.csv, "a source that is not JSON Lines is read as CSV");
        Iterator<CSVRecord> records = csv.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // An unclosed quote runs to the end of the file: the line where it was noticed is the best clue.
                    throw new UserFacingException("exchange.csv.malformed", csv.getCurrentLineNumber());
                }
            }

            @Override
            public SourceRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                // As a spreadsheet numbers its rows: the header is line 1.
                return SourceRow.of(record.getRecordNumber() + 1, record.toMap());
            }
        };
    }

    private Iterator<SourceRow> jsonRows() {
        return new Iterator<>() {
            private long number;
            private @Nullable SourceRow next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    String line = readLine(reader);
                    if (line == null) {
                        return false;
                    }
                    number++;
                    if (!line.isBlank()) {
                        next = row(number, line);
                    }
                }
                return true;
            }

            @Override
            public SourceRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRow row = Objects.requireNonNull(next, "hasNext() read one");
                next = null;
                return row;
            }
        };
    }

    private static SourceRow row(long number, String line) {
        try {
            return SourceRow.of(number, JsonLines.columns(line));
        } catch (IOException e) {
            return SourceRow.unreadable(number, "exchange.row.json");
        }
    }

    /** The keys met in the whole file, in their order of appearance: JSON Lines has no header. */
    private static List<String> jsonColumns(Path file) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        try (BufferedReader reader = reader(Files.newInputStream(file))) {
            String line;
            while ((line = reader.readLine()) != null && keys.size() <= MAX_COLUMNS) {
                if (!line.isBlank()) {
                    keys.addAll(row(0, line).values().keySet());
                }
            }
        }
        if (keys.size() > MAX_COLUMNS) {
            throw new UserFacingException("exchange.file.tooManyColumns", MAX_COLUMNS);
        }
        return new ArrayList<>(keys);
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b == -1 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
