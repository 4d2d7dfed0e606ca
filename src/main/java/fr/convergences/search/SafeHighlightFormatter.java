package fr.convergences.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Writes highlighted passages as HTML that is safe to insert in a page: every character of the
 * contribution is escaped first, and the only markup added is {@code <mark>} around the matches.
 * A contribution containing {@code <script>} shows that text; it never runs.
 */
final class SafeHighlightFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        for (Passage passage : passages) {
            if (passage.getStartOffset() > 0) {
                html.append(ELLIPSIS);
            }
            int cursor = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], cursor);
                int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                if (end <= start) {
                    continue; // inside a match already marked (a synonym graph can match overlapping words)
                }
                escape(content, cursor, start, html);
                html.append("<mark>");
                escape(content, start, end, html);
                html.append("</mark>");
                cursor = end;
            }
            escape(content, cursor, passage.getEndOffset(), html);
            if (passage.getEndOffset() < content.length()) {
                html.append(ELLIPSIS);
            }
        }
        return html.toString().replace(ELLIPSIS + ELLIPSIS, ELLIPSIS + " ");
    }

    /** The start of a text, escaped, for results without matches to show (no words searched). */
    static String beginning(String content, int maxLength) {
        StringBuilder html = new StringBuilder();
        if (content.length() <= maxLength) {
            escape(content, 0, content.length(), html);
            return html.toString();
        }
        int cut = content.lastIndexOf(' ', maxLength);
        escape(content, 0, cut > maxLength / 2 ? cut : maxLength, html);
        return html.append(ELLIPSIS).toString();
    }

    static String escape(String text) {
        StringBuilder html = new StringBuilder();
        escape(text, 0, text.length(), html);
        return html.toString();
    }

    private static void escape(String content, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
