package fr.convergences.contribution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A contribution as the public list shows it: the start of its text, counts, answer and attribution. */
public record ContributionSummary(
        long id,
        ContributionKind kind,
        String title,
        String excerpt,
        @Nullable String communeInsee,
        @Nullable String communeName,
        ContributionStatus status,
        ContributionOrigin origin,
        Instant publishedAt,
        int supports,
        int comments,
        @Nullable AnswerStatus answer,
        @Nullable String organisationName,
        @Nullable String collectedBy,
        @Nullable String collectedAt) {}
