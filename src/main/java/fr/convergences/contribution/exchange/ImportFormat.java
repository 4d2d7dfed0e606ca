package fr.convergences.contribution.exchange;

/** A CSV file (comma, semicolon or tab, as its header line says) or JSON Lines (one object per line). */
public enum ImportFormat {
    CSV,
    JSON_LINES
}
