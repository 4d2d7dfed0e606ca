package fr.convergences.contribution.moderation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * The moderation part of a contribution's page for one viewer: whether they moderate, the public notices of
 * redactions, and the decisions on the viewer's own contents here (the contribution, their comments), each with
 * its appeal or whether one can still be made.
 */
public record ModerationSummary(
        boolean moderates,
        boolean hidden,
        @Nullable String hiddenReason,
        List<RedactionNotice> redactions,
        List<OwnDecision> ownDecisions) {

    /** {@code on} is the territory's day of the decision. */
    public record OwnDecision(
            ModerationDecision decision,
            String subject,
            LocalDate on,
            @Nullable ModerationAppeal appeal,
            boolean appealable) {}
}
