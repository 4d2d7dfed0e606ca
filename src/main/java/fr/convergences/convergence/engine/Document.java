package fr.convergences.convergence.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contribution as the engine sees it. {@code title}, {@code source} (author or organisation) and
 * {@code territory} may be null; a null source counts as a source of its own.
 */
public record Document(
        String id,
        @Nullable String title,
        String text,
        @Nullable String source,
        @Nullable String territory) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A document with only an id and a text. */
    public static Document of(String id, String text) {
        return new Document(id, null, text, null, null);
    }
}
