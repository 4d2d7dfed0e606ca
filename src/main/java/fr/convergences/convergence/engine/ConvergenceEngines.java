package fr.convergences.convergence.engine;

/** The engine the platform uses, with the settings chosen by measurement (docs/CONVERGENCES.md). */
public final class ConvergenceEngines {

    /**
     * Character 4-grams with the shipped corpus's statistics, exact average link, threshold 0.25: the best F1 among
     * the settings whose pairwise precision stays above 0.85 on the development part, with the same precision when the
     * development part is drowned in 3,000 other proposals. Figures in docs/CONVERGENCES.md.
     */
    public static final SimilarityGraphEngine.Settings STANDARD =
            new SimilarityGraphEngine.Settings(Representation.CHARACTER_NGRAMS, Linkage.AVERAGE, 0.25, 10, 0.05, true);

    private ConvergenceEngines() {}

    public static ConvergenceEngine standard() {
        return new SimilarityGraphEngine(STANDARD);
    }
}
