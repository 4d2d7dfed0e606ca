package fr.convergences.motion.model;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * An item of a sitting's agenda that is not a motion: an information point, a hearing, or "questions diverses". It takes
 * its place among the motions at its rank (1 is the agenda's first item); without a rank, it comes after them. Its
 * documents (a report, a presentation) are links, as a motion's attachments are.
 */
public record AgendaPoint(
        Kind kind, @Nullable String title, @Nullable Integer rank, List<DocumentLink> documents) {

    /** A point without documents. */
    public AgendaPoint(Kind kind, @Nullable String title, @Nullable Integer rank) {
        this(kind, title, rank, List.of());
    }

    public static final int TITLE_MAX_LENGTH = 200;
    /** More points than this on one agenda is a mistake in the form, not a sitting. */
    public static final int MAX_POINTS = 30;

    public enum Kind {
        INFORMATION,
        HEARING,
        MISCELLANEOUS;

        /** "Questions diverses" needs no title; an information point or a hearing says what it is about. */
        public boolean needsTitle() {
            return this != MISCELLANEOUS;
        }
    }

    /** The message key of the point's line on an agenda ({0}: its title), as the page, the convocation and the .ics write it. */
    public static String labelKey(Kind kind, @Nullable String title) {
        return "motion.agenda.point." + kind.name() + (title == null ? "" : ".titled");
    }
}
