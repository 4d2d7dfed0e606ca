package fr.convergences.contribution;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a published contribution can still be rewritten: a short window after publishing, closed
 * early by the first support or comment, because from then on others have answered *these* words.
 * Afterwards the author can only add dated addenda, so that nobody's support ends up under a text
 * they did not read.
 */
public record EditWindow(Duration length) {

    public boolean allowsEdit(Contribution contribution, int supports, int comments, Instant now) {
        return contribution.status() == ContributionStatus.PUBLISHED
                && !contribution.hidden()
                && supports == 0
                && comments == 0
                && contribution.publishedAt() != null
                && now.isBefore(closesAt(contribution));
    }

    /** For a published contribution (a draft has no publication date to count from). */
    public Instant closesAt(Contribution contribution) {
        return contribution.publishedOn().plus(length);
    }
}
