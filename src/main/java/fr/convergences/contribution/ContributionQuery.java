package fr.convergences.contribution;

/**
 * One page of a consultation's public contributions: sort order, optional filters (theme, kind,
 * answer status or "not answered yet", commune, origin) and the page number, counted from 1.
 */
public record ContributionQuery(
        long consultationId,
        Sort sort,
        Long themeId,
        ContributionKind kind,
        AnswerStatus answerStatus,
        boolean unanswered,
        String communeInsee,
        ContributionOrigin origin,
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
