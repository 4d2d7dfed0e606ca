package fr.convergences.motion.model;

import java.util.Optional;

/**
 * A member declares an interest in a motion before voting on it, and is then recused: they cannot vote
 * on it, for their seat or as a proxy holder, and their seat leaves the electorate of its sessions. The
 * declaration is final (it appears in the minutes). Returns the message key of the first problem.
 */
public final class RecusalPolicy {

    private RecusalPolicy() {}

    public static Optional<String> problem(
            boolean isMember, boolean motionDecided, boolean alreadyDeclared, boolean alreadyVoted) {
        if (!isMember) {
            return Optional.of("motion.interest.notMember");
        }
        if (motionDecided) {
            return Optional.of("motion.interest.decided");
        }
        if (alreadyDeclared) {
            return Optional.of("motion.interest.already");
        }
        if (alreadyVoted) {
            return Optional.of("motion.interest.alreadyVoted");
        }
        return Optional.empty();
    }
}
