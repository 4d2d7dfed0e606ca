package fr.convergences.contribution;

import java.time.Instant;

/** A contribution as the public list shows it: the start of its text, counts, answer and attribution. */
public record ContributionSummary(
        long id,
        ContributionKind kind,
        String title,
        String excerpt,
        String communeInsee,
        String communeName,
        ContributionStatus status,
        ContributionOrigin origin,
        Instant publishedAt,
        int supports,
        int comments,
        AnswerStatus answer,
        String organisationName,
        String collectedBy,
        String collectedAt) {}
