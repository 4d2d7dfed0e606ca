package fr.convergences.base.operations;

import java.util.Optional;

/**
 * One condition a node must meet before the load balancer sends it people. Features on the right implement it (the
 * search index, which must have caught up with PostgreSQL) without base knowing them.
 */
public interface ReadinessCheck {

    /** A short name for the log and the answer, such as {@code database}. */
    String name();

    /** Empty when ready; else why not, for the log (the answer names only the check). */
    Optional<String> notReadyBecause();
}
