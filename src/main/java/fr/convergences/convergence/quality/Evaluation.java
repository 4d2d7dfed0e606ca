package fr.convergences.convergence.quality;

import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.ConvergenceEngine;

/** Runs an engine on a labelled set (or one of its parts) and measures the result. */
public final class Evaluation {

    private Evaluation() {}

    public static ClusteringQuality measure(ConvergenceEngine engine, LabelledSet set) {
        Clustering clustering = engine.cluster(set.documents());
        return ClusteringQuality.of(ClusteringQuality.groupsOf(clustering), set.reference());
    }
}
