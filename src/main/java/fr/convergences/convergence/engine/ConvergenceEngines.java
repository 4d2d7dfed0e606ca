package fr.convergences.convergence.engine;

/** The engine the platform uses, with the settings chosen by measurement (docs/CONVERGENCES.md). */
public final class ConvergenceEngines {

    /** Provisional until the comparison on the development part is complete. */
    public static final SimilarityGraphEngine.Settings STANDARD =
            new SimilarityGraphEngine.Settings(Representation.CHARACTER_NGRAMS, Linkage.AVERAGE, 0.25, 10, 0.05, true);

    private ConvergenceEngines() {
    }

    public static ConvergenceEngine standard() {
        return new SimilarityGraphEngine(STANDARD);
    }
}
