package fr.convergences.contribution;

import java.util.List;

/** One page of contributions and how many match in all. */
public record ContributionSlice(List<ContributionSummary> items, long total, int page) {

    public int pageCount() {
        return pageCount(total);
    }

    /** How many pages {@code total} contributions fill; an empty list still has its one (empty) page. */
    public static int pageCount(long total) {
        return (int) Math.max(1, (total + ContributionQuery.PAGE_SIZE - 1) / ContributionQuery.PAGE_SIZE);
    }
}
