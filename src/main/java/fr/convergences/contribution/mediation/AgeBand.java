package fr.convergences.contribution.mediation;

/** Age bands a volunteer may note for a person met offline (never an exact age: enough for participation figures). */
public enum AgeBand {
    UNDER_18,
    FROM_18_TO_29,
    FROM_30_TO_44,
    FROM_45_TO_59,
    FROM_60_TO_74,
    FROM_75
}
