package fr.convergences.territory.council;

/** INVITED until the person accepts the e-mailed invitation; ENDED when ended before or at its term. */
public enum MandateStatus {
    INVITED,
    ACTIVE,
    ENDED
}
