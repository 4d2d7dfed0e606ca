package fr.convergences.contribution.moderation;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.Contribution;
import org.jspecify.annotations.Nullable;

/**
 * Replacing a passage that a moderator chose (testimonies often name people and their illnesses: special-category
 * data under the GDPR) with a neutral marker, exactly as written (case-sensitive) and wherever it occurs. The passage
 * is at least as long as the marker, so a redacted text is never longer than the original and every length limit holds.
 */
public record Redaction(String passage) {

    static final String MARKER = "[…]";
    static final int PASSAGE_MAX_LENGTH = Contribution.BODY_MAX_LENGTH;

    public Redaction {
        passage = TextInput.required(passage, PASSAGE_MAX_LENGTH, "moderation.redaction.passage");
        if (passage.length() < MARKER.length()) {
            throw new UserFacingException("moderation.redaction.passage.tooShort", MARKER.length());
        }
    }

    public int occurrencesIn(@Nullable String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + passage.length())) {
            count++;
        }
        return count;
    }

    public String applyTo(String text) {
        return text.replace(passage, MARKER);
    }

    /** As {@link #applyTo}, for a text that may be absent (a reason never given stays absent). */
    public @Nullable String applyToIfPresent(@Nullable String text) {
        return text == null ? null : applyTo(text);
    }
}
