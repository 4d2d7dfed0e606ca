package fr.convergences.contribution;

import java.time.Instant;

/** A published version of a contribution that an edit replaced; the history is public. */
public record Revision(int number, String title, String body, Instant replacedAt) {}
