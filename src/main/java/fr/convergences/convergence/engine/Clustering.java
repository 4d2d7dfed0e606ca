package fr.convergences.convergence.engine;

import java.util.List;

/** The convergences found among documents, and the ids of the documents that joined none. */
public record Clustering(List<Convergence> convergences, List<String> unassigned) {

    public Clustering {
        convergences = List.copyOf(convergences);
        unassigned = List.copyOf(unassigned);
    }
}
