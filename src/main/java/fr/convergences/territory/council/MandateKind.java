package fr.convergences.territory.council;

/** Titulaire or suppléant: a substitute sits when the titular declares absence. */
public enum MandateKind {
    TITULAR,
    SUBSTITUTE
}
