package fr.convergences.search;

import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of results. Title and excerpt come as safe HTML: the contribution's text escaped, with
 * {@code <mark>} around the words that matched, and nothing else. {@code spelling} is the typed text with its unknown
 * words corrected, when a search found nothing with all the words and a correction exists (else null).
 */
public record SearchResults(
        List<Hit> hits,
        long total,
        int page,
        int pageCount,
        List<FacetGroup> facets,
        Notice notice,
        String searchedText,
        @Nullable String spelling) {

    /** What the page should tell besides the results. */
    public enum Notice {
        NONE,
        /** No words: the newest contributions are listed. */
        NO_QUERY,
        /** Only words too common to search (le, de, pour…) or syntax characters. */
        NO_WORDS,
        /** The text was longer than the limit and was cut. */
        TRUNCATED,
        /** Nothing had all the words: these results have some of them. */
        ANY_WORDS
    }

    static SearchResults empty(Notice notice, String searchedText) {
        return new SearchResults(List.of(), 0, 0, 0, List.of(), notice, searchedText, null);
    }

    SearchResults withSpelling(@Nullable String corrected) {
        return new SearchResults(hits, total, page, pageCount, facets, notice, searchedText, corrected);
    }

    public record Hit(
            long contributionId,
            String titleHtml,
            String excerptHtml,
            ContributionKind kind,
            ContributionStatus status,
            String answer,
            @Nullable String consultationTitle,
            @Nullable String councilName,
            @Nullable String communeName,
            Instant publishedAt,
            int supports,
            boolean mine) {}

    /** A facet's values with their counts; a value's label is null when it is a code to translate (see {@link SearchFacet#isEnumerated()}). */
    public record FacetGroup(SearchFacet facet, List<FacetValue> values) {}

    public record FacetValue(String value, @Nullable String label, long count, boolean selected) {}
}
