package fr.convergences.motion.model;

/**
 * A document attached to an agenda item, as a labelled link (the platform stores no files): a motion's attachments and an
 * agenda point's documents, under the same limits as {@link Attachment}.
 */
public record DocumentLink(String label, String url) {

    /** More documents than this on one agenda point is a mistake in the form, not a file. */
    public static final int MAX_PER_POINT = 10;
}
