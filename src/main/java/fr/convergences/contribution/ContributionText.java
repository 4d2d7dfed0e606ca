package fr.convergences.contribution;

import org.jspecify.annotations.Nullable;

/** The validated words of a contribution: kind, title, text and commune (themes are kept apart). */
public record ContributionText(
        ContributionKind kind,
        String title,
        String body,
        @Nullable String communeInsee) {}
