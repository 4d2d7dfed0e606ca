package fr.convergences.contribution.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of JSON Lines as columns, with Jackson's streaming parser. Nested objects become
 * slash-separated names, as in Decidim's CSV exports ({@code {"title": {"fr": …}}} is the column
 * {@code title/fr}), so that one mapping serves both formats; a list of values becomes one value
 * separated by " | " (several themes, for instance).
 */
final class JsonLines {

    static final String LIST_SEPARATOR = " | ";
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLines() {}

    /** The line's columns; refused with a parse exception unless the line is exactly one JSON object. */
    static Map<String, String> columns(String line) throws IOException {
        try (JsonParser parser = FACTORY.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "not a JSON object");
            }
            Map<String, String> values = new LinkedHashMap<>();
            readObject(parser, "", values);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "more than one JSON value on the line");
            }
            return values;
        }
    }

    private static void readObject(JsonParser parser, String prefix, Map<String, String> values) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + parser.currentName();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                readObject(parser, name + "/", values);
            } else if (token == JsonToken.START_ARRAY) {
                values.put(name, readList(parser));
            } else if (token != JsonToken.VALUE_NULL) {
                values.put(name, parser.getText());
            }
        }
    }

    /** The scalar items of a list; nested objects or lists inside a list are left out. */
    private static String readList(JsonParser parser) throws IOException {
        List<String> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            } else if (token != JsonToken.VALUE_NULL) {
                items.add(parser.getText());
            }
        }
        return String.join(LIST_SEPARATOR, items);
    }
}
