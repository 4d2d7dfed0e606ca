package fr.convergences.contribution;

import org.jspecify.annotations.Nullable;

/**
 * One page of a consultation's public contributions: sort order, optional filters (theme, kind,
 * answer status or "not answered yet", commune, origin) and the page number, counted from 1.
 */
public record ContributionQuery(
        long consultationId,
        Sort sort,
        @Nullable Long themeId,
        @Nullable ContributionKind kind,
        @Nullable AnswerStatus answerStatus,
        boolean unanswered,
        @Nullable String communeInsee,
        @Nullable ContributionOrigin origin,
        int page) {

    public static final int PAGE_SIZE = 20;

    public enum Sort {
        NEWEST,
        MOST_SUPPORTED,
        MOST_DISCUSSED
    }

    public static ContributionQuery newest(long consultationId) {
        return new ContributionQuery(consultationId, Sort.NEWEST, null, null, null, false, null, null, 1);
    }
}
