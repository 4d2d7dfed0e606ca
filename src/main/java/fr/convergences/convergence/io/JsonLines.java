package fr.convergences.convergence.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines file of flat objects: one object a line, whose fields of interest are strings (or null). Blank
 * lines are skipped. Every problem is an {@link InputProblem} naming the line, never a stack trace.
 */
public final class JsonLines {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    /** One object of the file: its line number and its string fields (nested values are kept as null). */
    public record Line(int number, Map<String, String> fields) {
        /** The field's text; null when the line lacks it or holds a nested value there. */
        public @Nullable String get(String name) {
            return fields.get(name);
        }
    }

    private JsonLines() {}

    /** Reads the file; {@code stringFields} must be strings (or null) when present, other fields are ignored. */
    public static List<Line> read(Path file, List<String> stringFields) throws InputProblem {
        if (!Files.exists(file)) {
            throw new InputProblem("The input file " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputProblem("The input file " + file + " cannot be read (not a readable file).");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), stringFields);
        } catch (NoSuchFileException e) {
            throw new InputProblem("The input file " + file + " does not exist.");
        } catch (IOException e) {
            throw new InputProblem("The input file " + file + " cannot be read: " + e.getMessage());
        }
    }

    static List<Line> read(InputStream in, String name, List<String> stringFields) throws InputProblem, IOException {
        // Each line decoded on its own, in strict UTF-8: a file in another encoding is refused with the line where it
        // shows, rather than read with garbled words.
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] bytes = in.readAllBytes();
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            int length = end - start;
            if (length > 0 && bytes[end - 1] == '\r') {
                length--;
            }
            String text;
            try {
                text = utf8.decode(ByteBuffer.wrap(bytes, start, length)).toString();
            } catch (CharacterCodingException e) {
                throw new InputProblem(name + ", line " + number + ": the file is not valid UTF-8 text.");
            }
            start = end + 1;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1); // a byte-order mark, as some editors write
            }
            if (text.isBlank()) {
                continue;
            }
            lines.add(new Line(number, parse(text, name, number, stringFields)));
        }
        return lines;
    }

    private static Map<String, String> parse(String text, String name, int number, List<String> stringFields)
            throws InputProblem {
        String where = name + ", line " + number + ": ";
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputProblem(where + "expected a JSON object such as {\"id\": \"1\", \"text\": \"…\"}.");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    if (stringFields.contains(field)) {
                        throw new InputProblem(where + "the field \"" + field + "\" must be a string.");
                    }
                    parser.skipChildren();
                    continue;
                }
                if (value == JsonToken.VALUE_STRING) {
                    fields.put(field, parser.getText());
                } else if (value == JsonToken.VALUE_NULL) {
                    fields.put(field, null);
                } else if (stringFields.contains(field)) {
                    throw new InputProblem(
                            where + "the field \"" + field + "\" must be a string, not " + parser.getText() + ".");
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new InputProblem(where + "the JSON object is not closed.");
            }
            if (parser.nextToken() != null) {
                throw new InputProblem(where + "one JSON object per line is expected, and this line has more.");
            }
        } catch (StreamReadException e) {
            throw new InputProblem(where + "not valid JSON (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new InputProblem(where + "not valid JSON (" + e.getMessage() + ").");
        }
        return fields;
    }
}
