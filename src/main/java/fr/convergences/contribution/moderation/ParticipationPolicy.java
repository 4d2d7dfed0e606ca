package fr.convergences.contribution.moderation;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.Contribution;

/**
 * Whether people can support, comment on or report a contribution, once their permission is granted: only a
 * published contribution that the moderation has not hidden. A draft does not exist for anyone but its author; a
 * withdrawn contribution stays readable, but its discussion is closed.
 */
public final class ParticipationPolicy {

    private ParticipationPolicy() {}

    public static void requireOpen(Contribution contribution) {
        if (contribution.isDraft()) {
            throw new UserFacingException("contribution.unknown");
        }
        if (contribution.isWithdrawn()) {
            throw new UserFacingException("contribution.withdrawn");
        }
        if (contribution.hidden()) {
            throw new UserFacingException("contribution.hidden");
        }
    }

    public static boolean isOpen(Contribution contribution) {
        return !contribution.isDraft() && !contribution.isWithdrawn() && !contribution.hidden();
    }
}
