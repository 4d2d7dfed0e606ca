package fr.convergences.convergence.engine;

/** How neighbours become groups: the candidates compared on the labelled set (docs/CONVERGENCES.md). */
public enum Linkage {
    /** Agglomerative, average link: two groups merge while the mean similarity of all their cross pairs reaches the threshold. */
    AVERAGE,
    /** Connected components of the neighbour edges at or above the threshold (single link): fast, but chains. */
    SINGLE
}
