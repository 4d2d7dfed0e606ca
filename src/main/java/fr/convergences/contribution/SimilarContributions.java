package fr.convergences.contribution;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds published contributions close to a text being written, so that the writer can support one
 * instead of writing a duplicate. Owned here, implemented by the search feature (to the right), which
 * is why the form depends on this interface and not on the index.
 */
public interface SimilarContributions {

    /** At most {@code limit} visible contributions of the consultation, most similar first. */
    List<Match> similarTo(long consultationId, String text, int limit);

    /** A similar contribution; the form labels the writer's own by comparing the author with the viewer. */
    record Match(
            long contributionId,
            String title,
            String excerpt,
            @Nullable Long authorAccountId) {}
}
