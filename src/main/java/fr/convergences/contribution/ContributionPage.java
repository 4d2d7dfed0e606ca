package fr.convergences.contribution;

import java.util.List;

/** One page of contributions and how many match in all. */
public record ContributionPage(List<ContributionSummary> items, long total, int page) {

    public int pageCount() {
        return (int) Math.max(1, (total + ContributionQuery.PAGE_SIZE - 1) / ContributionQuery.PAGE_SIZE);
    }
}
