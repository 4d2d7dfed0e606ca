package fr.convergences.convergence.engine;

import java.util.List;
import java.util.Optional;

/** Finds convergences among contributions. Implementations are deterministic: the same input gives the same output. */
public interface ConvergenceEngine {

    /** Groups the documents; every document id appears exactly once, in one convergence or in the unassigned ones. */
    Clustering cluster(List<Document> documents);

    /**
     * The convergence a new document joins, if any (fast: no re-clustering), given a previous clustering of documents.
     * The first call for a given clustering prepares a model of it; later calls with the same two objects reuse it.
     */
    Optional<String> assign(Document document, Clustering existing, List<Document> existingDocuments);
}
