package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The synthesis as Markdown, readable as plain text and publishable anywhere. Everything people wrote is escaped, so
 * that a contribution can neither format the document nor slip HTML into a page that renders it.
 */
@Singleton
public class SynthesisMarkdown {

    private final I18NProvider messages;

    public SynthesisMarkdown(I18NProvider messages) {
        this.messages = messages;
    }

    public String render(Synthesis synthesis, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(t(locale, "convergence.synthesis.title", escape(synthesis.consultationTitle())))
                .append("\n\n");
        out.append(escape(synthesis.councilName()))
                .append(" — ")
                .append(fr.convergences.base.i18n.Messages.day(synthesis.date(), locale))
                .append("\n\n");
        out.append("> ").append(escape(synthesis.question())).append("\n\n");
        int convergences = synthesis.themes().stream()
                .mapToInt(group -> group.convergences().size())
                .sum();
        out.append(t(locale, "convergence.synthesis.summary", synthesis.contributions(), convergences))
                .append("\n\n");
        if (convergences == 0) {
            out.append(t(locale, "convergence.synthesis.none")).append("\n\n");
        }
        for (Synthesis.ThemeGroup group : synthesis.themes()) {
            out.append("## ").append(escape(group.theme())).append("\n\n");
            for (Synthesis.Item item : group.convergences()) {
                out.append("### ").append(escape(item.label())).append("\n\n");
                out.append(t(locale, "convergence.synthesis.figures", item.voices(), item.communes(), item.members()))
                        .append("\n\n");
                for (Synthesis.Quotation quote : item.quotes()) {
                    out.append("> « ")
                            .append(escape(quote.text()))
                            .append(" »  \n> — ")
                            .append(escape(quote.source()))
                            .append("\n\n");
                }
            }
        }
        out.append("---\n\n").append(t(locale, "convergence.synthesis.licence")).append("\n");
        return out.toString();
    }

    /**
     * User text made inert in Markdown: a backslash before the characters that format inline text, HTML's angle brackets
     * and ampersand as entities, and a backslash before what would start a heading, a list or a quote at a line's start.
     * Line breaks become spaces, so that a text cannot open a block of its own.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String flat = text.replaceAll("\\s*\\R\\s*", " ").strip();
        for (char c : flat.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        if (!out.isEmpty()
                && (out.charAt(0) == '#' || out.charAt(0) == '-' || out.charAt(0) == '+' || out.charAt(0) == '=')) {
            out.insert(0, '\\');
        } else if (out.toString().matches("^\\d+[.)].*")) {
            int digits = 0;
            while (Character.isDigit(out.charAt(digits))) {
                digits++;
            }
            out.insert(digits, '\\'); // "1\. premier" is text, "1. premier" a numbered list
        }
        return out.toString();
    }

    private String t(Locale locale, String key, Object... parameters) {
        return messages.getTranslation(key, locale, parameters);
    }
}
