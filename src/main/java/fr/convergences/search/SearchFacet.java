package fr.convergences.search;

/** The facets of the search page, each with the field of its filter terms in the index. */
public enum SearchFacet {
    COUNCIL(ContributionDocument.COUNCIL),
    CONSULTATION(ContributionDocument.CONSULTATION),
    THEME(ContributionDocument.FACET_THEME),
    KIND(ContributionDocument.FACET_KIND),
    ANSWER(ContributionDocument.FACET_ANSWER),
    COMMUNE(ContributionDocument.FACET_COMMUNE),
    AUTHOR(ContributionDocument.FACET_AUTHOR);

    private final String dimension;

    SearchFacet(String dimension) {
        this.dimension = dimension;
    }

    String dimension() {
        return dimension;
    }

    /** Values that are codes of a fixed list (kind, answer, author type), shown through message keys, not names from the database. */
    public boolean isEnumerated() {
        return this == KIND || this == ANSWER || this == AUTHOR;
    }
}
