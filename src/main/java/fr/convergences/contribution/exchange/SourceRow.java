package fr.convergences.contribution.exchange;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of the file as read, before any check: its line number (as a spreadsheet numbers it, the
 * header being line 1; for JSON Lines the line of the file), its values by column, or the reason it
 * could not be read at all (a line of JSON Lines that is not an object).
 */
public record SourceRow(
        long line, Map<String, String> values, @Nullable String unreadable) {

    static SourceRow of(long line, Map<String, String> values) {
        return new SourceRow(line, values, null);
    }

    static SourceRow unreadable(long line, String messageKey) {
        return new SourceRow(line, Map.of(), messageKey);
    }

    /** The stripped value of the column, empty when the column is not mapped or the row lacks it. */
    public String value(@Nullable String column) {
        if (column == null) {
            return "";
        }
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
