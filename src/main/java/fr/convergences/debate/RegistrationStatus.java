package fr.convergences.debate;

/**
 * UNCONFIRMED: registered without an account, waiting for the e-mailed link to be followed (holds no seat);
 * CONFIRMED: has a seat; WAITING: on the waiting list; CANCELLED: by the person, or with the debate.
 */
public enum RegistrationStatus {
    UNCONFIRMED,
    CONFIRMED,
    WAITING,
    CANCELLED
}
