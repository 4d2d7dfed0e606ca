package fr.convergences.motion.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who may table a motion or an amendment: a member in office with a deliberative voice, titular or substitute, whatever
 * their college (the users' college included, as the décret's users' formation expects); a consultative voice (a qualified
 * person) speaks in the debate but does not table. An amendment is to a published motion not yet decided nor voted on.
 * Returns the message key of the first problem.
 */
public final class TablingPolicy {

    private TablingPolicy() {}

    public static Optional<String> problem(
            boolean memberInOffice, boolean deliberativeVoice, @Nullable MotionStatus amended, boolean amendedHasVote) {
        if (!memberInOffice) {
            return Optional.of("motion.table.notMember");
        }
        if (!deliberativeVoice) {
            return Optional.of("motion.table.consultative");
        }
        if (amended != null && (amended != MotionStatus.PUBLISHED || amendedHasVote)) {
            return Optional.of("motion.table.amendClosed");
        }
        return Optional.empty();
    }
}
