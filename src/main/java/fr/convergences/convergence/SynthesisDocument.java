package fr.convergences.convergence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A synthesis document as a reader gets it, in their language: a published version (number and date) or the editor's
 * preview (no number). Built at display time from the stored structure, with only what the public may read now;
 * {@code withdrawn} says how many of the contributions it held at publication have been hidden or withdrawn since.
 * The same record is rendered as a page, Markdown, PDF and JSON (open data).
 */
@Serdeable
public record SynthesisDocument(
        long consultationId,
        String consultation,
        String council,
        @Nullable Integer number,
        LocalDate date,
        String title,
        String framing,
        List<Section> themes,
        Sources sources,
        Figures figures,
        int withdrawn,
        List<String> differences) {

    /**
     * The number of the version that {@link #differences} compare this one with: only a published version after the
     * first has differences, and a published version has its number.
     */
    public int previousNumber() {
        if (number == null) {
            throw new IllegalStateException("a preview has no version before it");
        }
        return number - 1;
    }

    /** A theme: its label ("Autres propositions" too), the editor's introduction, and what it holds. */
    @Serdeable
    public record Section(
            String label,
            String introduction,
            List<Group> convergences,
            List<Divided> divergences,
            List<Reference> others) {}

    /**
     * A convergence: its label, its voices already in words ("5 voix distinctes : …"), its communes, its quotes; in a
     * regional document, the councils its members come from (empty in a council's own), which the voices' words end with
     * when there are several.
     */
    @Serdeable
    public record Group(
            String label, String voices, int communes, int contributions, List<Quote> quotes, List<String> councils) {}

    /** Opposing contributions on one subject: each side quoted. */
    @Serdeable
    public record Divided(String label, List<Quote> inFavour, List<Quote> against) {}

    /** A quoted contribution: its words, where they come from (never a name), and its page. */
    @Serdeable
    public record Quote(long contribution, String text, String source, String link) {}

    @Serdeable
    public record Reference(long contribution, String title, String link) {}

    /** Organisations by name; residents only counted, by commune ("Massy: 3"). */
    @Serdeable
    public record Sources(List<String> organisations, List<CommuneCount> residents) {}

    @Serdeable
    public record CommuneCount(String commune, int contributions) {}

    /** The figures: contributions and distinct voices quoted or listed, communes, colleges, and the share collected offline. */
    @Serdeable
    public record Figures(int contributions, int voices, int communes, int colleges, int offlinePercent) {}
}
