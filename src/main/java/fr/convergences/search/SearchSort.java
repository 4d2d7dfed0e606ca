package fr.convergences.search;

/** The orders of the search results. Without words to rank by, relevance falls back to the newest first. */
public enum SearchSort {
    RELEVANCE,
    NEWEST,
    MOST_SUPPORTED
}
