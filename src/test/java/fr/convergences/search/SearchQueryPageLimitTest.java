package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search page number is clamped to [0, MAX_PAGE]: a deeper page is never run against the index (issue 18). */
class SearchQueryPageLimitTest {

    private final SearchQuery query = SearchQuery.of("santé", 1L);

    @Test
    void the_last_page_offered_is_kept_as_asked() {
        assertThat(query.withPage(SearchQuery.MAX_PAGE).page()).isEqualTo(SearchQuery.MAX_PAGE);
    }

    @Test
    void one_page_beyond_the_last_is_clamped_to_the_last() {
        assertThat(query.withPage(SearchQuery.MAX_PAGE + 1).page()).isEqualTo(SearchQuery.MAX_PAGE);
        assertThat(query.withPage(Integer.MAX_VALUE).page()).isEqualTo(SearchQuery.MAX_PAGE);
    }

    @Test
    void a_negative_page_is_the_first() {
        assertThat(query.withPage(-1).page()).isZero();
    }

    @Test
    void at_most_a_thousand_results_are_reachable() {
        assertThat((SearchQuery.MAX_PAGE + 1) * SearchQuery.PAGE_SIZE).isEqualTo(1_000);
    }
}
