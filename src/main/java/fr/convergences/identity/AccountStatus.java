package fr.convergences.identity;

/** PENDING until the e-mail address is confirmed; SUSPENDED by a moderator; DELETED by its owner. */
public enum AccountStatus {
    PENDING,
    ACTIVE,
    SUSPENDED,
    DELETED
}
