package fr.convergences.motion.model;

import org.jspecify.annotations.Nullable;

/**
 * A document attached to an agenda item, as a labelled link (the platform stores no files): a motion's attachments and an
 * agenda point's documents, under the same limits as {@link Attachment}.
 */
public record DocumentLink(String label, String url) {

    /** More documents than this on one agenda point is a mistake in the form, not a file. */
    public static final int MAX_PER_POINT = 10;

    /**
     * A link as a form wrote it, the label perhaps left out: blank then, which validation ({@code AttachmentLinks})
     * replaces by the address, as it does a label of spaces.
     */
    public static DocumentLink written(@Nullable String label, String url) {
        return new DocumentLink(label == null ? "" : label, url);
    }
}
