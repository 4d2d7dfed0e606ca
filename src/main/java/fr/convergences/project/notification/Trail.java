package fr.convergences.project.notification;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * What became of a contribution, step by step, as the public may see it: the confirmed convergence it belongs to, the
 * motions that answer it (directly or through that convergence) with their vote's outcome and the agency's replies,
 * and the actions of the published projet that answer any of these, with their co-adopted indicators.
 */
public record Trail(@Nullable Step convergence, List<MotionStep> motions, List<ActionStep> actions) {

    /** A linked step: its title and the path of its page. */
    public record Step(String title, String path) {}

    public record MotionStep(
            Step motion,
            String status,
            @Nullable LocalDate lastReplyOn,
            @Nullable String lastReplyKind) {}

    public record ActionStep(Step action, String status, List<Step> indicators) {}

    public boolean isEmpty() {
        return convergence == null && motions.isEmpty() && actions.isEmpty();
    }
}
