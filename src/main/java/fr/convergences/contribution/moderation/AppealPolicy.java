package fr.convergences.contribution.moderation;

import java.util.Optional;

/**
 * When the author may appeal a moderation decision: once per decision, and only while the decision still has an
 * effect. A hiding that was since lifted (restored, or replaced by a newer hiding) leaves nothing to appeal; a
 * redaction always has an effect, since the words are gone.
 */
public final class AppealPolicy {

    private AppealPolicy() {}

    /** Empty when the author may appeal, else the message key of the refusal. */
    static Optional<String> refusal(ModerationDecision decision, boolean alreadyAppealed, boolean hidingStillInForce) {
        if (alreadyAppealed) {
            return Optional.of("moderation.appeal.twice");
        }
        if (decision.kind() == ModerationDecision.Kind.HIDE && !hidingStillInForce) {
            return Optional.of("moderation.appeal.moot");
        }
        return Optional.empty();
    }
}
