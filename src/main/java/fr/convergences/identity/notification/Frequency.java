package fr.convergences.identity.notification;

/** How often a person wants e-mail for a kind of notification. In-app notifications are always kept. */
public enum Frequency {
    IMMEDIATELY,
    DAILY_DIGEST,
    NEVER
}
