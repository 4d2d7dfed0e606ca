package fr.convergences.project.notification;

import fr.convergences.project.ActionStatus;
import java.util.Optional;

/**
 * Which moments of an action the people behind it are told of: when it starts, when it is done, and when it is
 * abandoned (with its reason on the action's page): an abandoned answer is still an answer, and silence is what
 * residents complain of. Going back to planned is refused by the action's own policy, so it is never told.
 */
public final class FollowUpPolicy {

    private FollowUpPolicy() {}

    /** The name of the moment ("started", "done", "abandoned") told for a change to this status, if any. */
    public static Optional<String> momentOf(ActionStatus to) {
        return switch (to) {
            case IN_PROGRESS -> Optional.of("started");
            case DONE -> Optional.of("done");
            case ABANDONED -> Optional.of("abandoned");
            case PLANNED -> Optional.empty();
        };
    }
}
