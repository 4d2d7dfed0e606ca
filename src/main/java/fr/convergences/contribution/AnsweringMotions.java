package fr.convergences.contribution;

import java.util.List;

/**
 * The motions that answer a contribution, for its page. Motions live to the right of contributions: the
 * motion feature implements this interface, so that the contribution page shows the link without
 * contribution depending on motion.
 */
public interface AnsweringMotions {

    /** A motion answering a contribution: its title, its status as people read it, and its page. */
    record MotionLink(long motionId, String title, String statusKey, String path) {
    }

    List<MotionLink> answering(long contributionId);
}
