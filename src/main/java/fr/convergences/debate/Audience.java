package fr.convergences.debate;

/** Whom a debate is for; details (which communes, which professions) are free text next to it. */
public enum Audience {
    OPEN,
    RESIDENTS,
    PROFESSIONALS,
    USERS,
    YOUNG_PEOPLE,
    OLDER_PEOPLE
}
