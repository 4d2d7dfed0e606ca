package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/** How a quoted contribution reads in a synthesis, the old one and the versioned document alike: cut, and attributed. */
final class QuoteText {

    private static final int MAX_LENGTH = 400;

    private QuoteText() {}

    /** The text, cut at a word before 400 characters when longer. */
    static String shorten(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "…";
    }

    /** Who said it, never a person's name: the organisation, or how it was collected and where. */
    static String source(I18NProvider messages, ConvergenceStore.Quote quote, Locale locale) {
        String where = quote.commune() == null ? "" : ", " + quote.commune();
        if (quote.organisation() != null) {
            return quote.organisation();
        }
        return switch (quote.origin()) {
            case "MEDIATED", "DEBATE", "PAPER" ->
                messages.getTranslation(
                                "convergence.source.collected",
                                locale,
                                quote.collectedAt() == null ? "—" : quote.collectedAt())
                        + where;
            case "IMPORTED" -> messages.getTranslation("convergence.source.imported", locale) + where;
            default -> messages.getTranslation("convergence.source.online", locale) + where;
        };
    }
}
