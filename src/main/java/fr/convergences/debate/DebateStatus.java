package fr.convergences.debate;

/** Proposed by its organiser and awaiting a moderator (when the platform asks for approval), public, or cancelled with a reason. */
public enum DebateStatus {
    PENDING,
    PUBLISHED,
    CANCELLED
}
