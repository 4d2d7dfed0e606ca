package fr.convergences.project;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which status changes an action may go through, and what each needs: a planned action starts, ends, or is abandoned;
 * one in progress ends or is abandoned; done and abandoned are final, so that what the public was told stays true.
 * Abandoning always says why; no other change carries a reason (the progress log holds the story).
 */
public final class ActionStatusPolicy {

    private ActionStatusPolicy() {}

    /** The message key of the problem, if the change is refused. */
    public static Optional<String> problem(ActionStatus from, @Nullable ActionStatus to, @Nullable String reason) {
        if (to == null) {
            return Optional.of("project.action.status.required");
        }
        if (from == to) {
            return Optional.of("project.action.status.unchanged");
        }
        if (from.isFinal()) {
            return Optional.of("project.action.status.final");
        }
        if (to == ActionStatus.PLANNED) {
            return Optional.of("project.action.status.backToPlanned");
        }
        boolean hasReason = reason != null && !reason.isBlank();
        if (to == ActionStatus.ABANDONED && !hasReason) {
            return Optional.of("project.action.reason.required");
        }
        if (to != ActionStatus.ABANDONED && hasReason) {
            return Optional.of("project.action.reason.abandonOnly");
        }
        return Optional.empty();
    }
}
