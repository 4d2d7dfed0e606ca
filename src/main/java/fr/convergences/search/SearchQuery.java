package fr.convergences.search;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a person asks the search page: words, the council searched (or all territories, to find good
 * practices elsewhere), the facet values ticked (values of one facet are alternatives, facets add up),
 * the order and the page (from 0).
 */
public record SearchQuery(
        String text,
        @Nullable Long councilId,
        boolean allTerritories,
        Map<SearchFacet, Set<String>> filters,
        SearchSort sort,
        int page) {

    public static final int PAGE_SIZE = 10;
    /** Deeper pages are not offered: nobody reads the thousandth result, and each page deeper costs more. */
    public static final int MAX_PAGE = 99;

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.max(0, Math.min(MAX_PAGE, page));
    }

    public static SearchQuery of(String text, @Nullable Long councilId) {
        return new SearchQuery(text, councilId, false, Map.of(), SearchSort.RELEVANCE, 0);
    }

    public SearchQuery withFilters(Map<SearchFacet, Set<String>> newFilters) {
        return new SearchQuery(text, councilId, allTerritories, newFilters, sort, 0);
    }

    public SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(text, councilId, allTerritories, filters, newSort, 0);
    }

    public SearchQuery withAllTerritories(boolean all) {
        return new SearchQuery(text, councilId, all, filters, sort, 0);
    }

    public SearchQuery withPage(int newPage) {
        return new SearchQuery(text, councilId, allTerritories, filters, sort, newPage);
    }
}
