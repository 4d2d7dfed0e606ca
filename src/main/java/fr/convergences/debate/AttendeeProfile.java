package fr.convergences.debate;

/** The profiles an organiser may count at the door (never a name): enough to say who took part. */
public enum AttendeeProfile {
    RESIDENT,
    PATIENT_OR_CAREGIVER,
    HEALTH_PROFESSIONAL,
    SOCIAL_WORKER,
    ASSOCIATION_MEMBER,
    ELECTED_OFFICIAL,
    OTHER
}
