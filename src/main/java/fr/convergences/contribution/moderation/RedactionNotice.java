package fr.convergences.contribution.moderation;

import java.time.LocalDate;

/** What the public sees of a redaction: when (the territory's day), why, and whether an appeal annulled it. */
public record RedactionNotice(long decisionId, LocalDate on, String reason, boolean reversed) {}
