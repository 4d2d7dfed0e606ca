package fr.convergences.motion.application;

import java.util.List;

/**
 * The convergences a motion can answer, read by id only: the convergence feature (to the left of motion)
 * provides the implementation when it lands; until then {@link NoConvergences} lists none. Motions store
 * the ids and the titles they had when linked.
 */
public interface ConvergenceCatalogue {

    /** A convergence as a motion links to it: its id, its title, and the page that shows it. */
    record ConvergenceRef(long id, String title, String path) {
    }

    /** The convergences found in a consultation, that a motion of its council may answer. */
    List<ConvergenceRef> of(long consultationId);
}
