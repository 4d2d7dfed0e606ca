package fr.convergences.convergence.engine;

/** How a text becomes a vector: the candidates compared on the labelled set (docs/CONVERGENCES.md). */
public enum Representation {
    /** Words through the platform's French analysis (elisions, stop words, light stemming, folded accents). */
    WORDS,
    /** The same, plus the health synonym list, so that "maison de retraite" meets "EHPAD". */
    WORDS_AND_SYNONYMS,
    /** Character 4-grams of the folded words: robust to typos and inflections, blind to meaning. */
    CHARACTER_NGRAMS,
    /** Latent semantic vectors: a truncated SVD of the word TF-IDF matrix, learned from the shipped corpus and the input. */
    LATENT_SEMANTIC
}
