package fr.convergences.motion.model;

import fr.convergences.base.UserFacingException;
import java.util.Collection;

/** An approval ballot approves any number of the motion's options (none is a blank ballot), never an unknown one. */
public final class ApprovalBallotPolicy {

    private ApprovalBallotPolicy() {}

    public static BallotChoice.Approval approval(Collection<Long> approved, Collection<Long> options) {
        if (!options.containsAll(approved)) {
            throw new UserFacingException("motion.ballot.unknownOption");
        }
        return new BallotChoice.Approval(approved.stream().toList());
    }
}
