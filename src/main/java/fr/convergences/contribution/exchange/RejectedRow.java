package fr.convergences.contribution.exchange;

import java.util.List;

/**
 * A row left out of an import: its line, the message key of the reason with its arguments (shown in
 * the reader's language), and the beginning of its text so that the admin recognises it.
 */
public record RejectedRow(long line, String reasonKey, List<Object> arguments, String excerpt) {

    static final int EXCERPT_LENGTH = 80;

    public RejectedRow {
        arguments = List.copyOf(arguments);
        excerpt = excerpt == null ? "" : excerpt;
    }

    static String excerpt(String text) {
        String clean = text == null ? "" : text.strip();
        return clean.length() <= EXCERPT_LENGTH ? clean : clean.substring(0, EXCERPT_LENGTH - 1) + "…";
    }
}
