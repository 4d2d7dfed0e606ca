package fr.convergences.convergence;

import java.time.LocalDate;
import java.util.List;

/**
 * What a council publishes after a consultation: its confirmed convergences grouped by theme, each with its label, the
 * number and diversity of its sources, and a few representative quotes with where they come from (never a name).
 */
public record Synthesis(
        String consultationTitle,
        String councilName,
        String question,
        LocalDate date,
        long contributions,
        List<ThemeGroup> themes) {

    public record ThemeGroup(String theme, List<Item> convergences) {}

    /** {@code voices}: the distinct voices and their kinds, already in the reader's language ("5 voix distinctes : …"). */
    public record Item(String label, int members, String voices, int communes, List<Quotation> quotes) {}

    /** A member's words and a description of its source, e.g. "contribution en ligne, Massy" or "France Assos Santé". */
    public record Quotation(String text, String source) {}
}
