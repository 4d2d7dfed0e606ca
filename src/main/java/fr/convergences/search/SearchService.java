package fr.convergences.search;

import static fr.convergences.search.ContributionDocument.BODY;
import static fr.convergences.search.ContributionDocument.TITLE;

import fr.convergences.base.operations.Measured;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionStatus;
import fr.convergences.identity.Actor;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Searches the public contributions: one council or all territories, words parsed so that they never
 * fail, facets counted drill-sideways by {@link FacetCounter} (each facet counts as if its own ticks were off, so
 * ticking a value never hides the other values of that facet), sorting, pages and highlighted passages. A search
 * is two passes over the index: the page's best hits (skipping what cannot enter the page), then every match
 * counted without scoring; the page's names come from PostgreSQL in one round trip. The index holds
 * only what anyone may see (published or withdrawn, not hidden), so every viewer gets the same results;
 * the viewer's own contributions are labelled.
 */
@Singleton
public class SearchService {

    private static final Set<SearchFacet> ALL_FACETS = java.util.EnumSet.allOf(SearchFacet.class);
    /** One council searched: its own facet would have one value. */
    private static final Set<SearchFacet> FACETS_OF_ONE_COUNCIL =
            java.util.EnumSet.complementOf(java.util.EnumSet.of(SearchFacet.COUNCIL));

    private static final int EXCERPT_LENGTH = 240;
    private static final Sort NEWEST =
            new Sort(new SortField(ContributionDocument.PUBLISHED, SortField.Type.LONG, true));
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST.getSort()[0]);
    private static final Sort MOST_SUPPORTED =
            new Sort(new SortField(ContributionDocument.SUPPORTS, SortField.Type.LONG, true), NEWEST.getSort()[0]);

    private final SearchIndex index;
    private final SearchAnalyzers analyzers;
    private final SearchLabelStore labels;

    public SearchService(SearchIndex index, SearchAnalyzers analyzers, SearchLabelStore labels) {
        this.index = index;
        this.analyzers = analyzers;
        this.labels = labels;
    }

    @Measured("convergences.search")
    public SearchResults search(Actor viewer, SearchQuery request) {
        SearchQueryBuilder.Parsed parsed =
                SearchQueryBuilder.parse(request.text(), analyzers.queries(), analyzers.indexing());
        if (parsed.outcome() == SearchQueryBuilder.Outcome.NO_WORDS) {
            return SearchResults.empty(SearchResults.Notice.NO_WORDS, parsed.text());
        }
        SearchResults.Notice notice = parsed.truncated()
                ? SearchResults.Notice.TRUNCATED
                : parsed.outcome() == SearchQueryBuilder.Outcome.EMPTY
                        ? SearchResults.Notice.NO_QUERY
                        : SearchResults.Notice.NONE;
        try (SearchIndex.Lease lease = index.acquire()) {
            SearchIndex.FacetedSearcher searcher = lease.searcher();
            if (searcher.getIndexReader().numDocs() == 0) {
                return SearchResults.empty(notice, parsed.text());
            }
            SearchResults found = search(searcher, viewer, request, parsed.query(), notice, parsed.text(), null);
            if (found.total() > 0 || parsed.query() == null) {
                return found;
            }
            // Nothing has all the words: the words as the contributions spell them, and those that have some of the
            // words, said so. Both cost only when a search finds nothing.
            String spelling = SpellingSuggester.suggest(searcher, analyzers.indexing(), parsed.text());
            if (parsed.anyWords() != null) {
                SearchResults anyWords = search(
                        searcher,
                        viewer,
                        request,
                        parsed.anyWords(),
                        SearchResults.Notice.ANY_WORDS,
                        parsed.text(),
                        spelling);
                if (anyWords.total() > 0) {
                    return anyWords;
                }
            }
            return found.withSpelling(spelling);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One search of the words as parsed (null: every contribution of the scope). */
    private SearchResults search(
            SearchIndex.FacetedSearcher searcher,
            Actor viewer,
            SearchQuery request,
            @Nullable Query words,
            SearchResults.Notice notice,
            String searchedText,
            @Nullable String spelling)
            throws IOException {
        Query base = scoped(words == null ? new MatchAllDocsQuery() : words, request);
        Sort sort = switch (request.sort()) {
            case RELEVANCE -> words == null ? NEWEST : RELEVANCE;
            case NEWEST -> NEWEST;
            case MOST_SUPPORTED -> MOST_SUPPORTED;
        };
        Set<SearchFacet> shown = request.allTerritories() ? ALL_FACETS : FACETS_OF_ONE_COUNCIL;
        int wanted = (request.page() + 1) * SearchQuery.PAGE_SIZE;
        // The page: only the best hits are wanted, so Lucene may skip the documents that cannot enter it (block-max
        // WAND with the relevance, points with the date or the supports) instead of scoring every match.
        TopFieldDocs top = searcher.search(
                filtered(base, request.filters()), new TopFieldCollectorManager(sort, wanted, null, wanted));
        // The facets and the exact total: every match counted, nothing scored (a second, cheaper pass). Without words,
        // the counts of a scope hold until the index changes.
        FacetCounter.Counted counted = words == null
                ? searcher.listing(
                        List.of(
                                request.councilId() == null ? 0L : request.councilId(),
                                request.allTerritories(),
                                request.filters()),
                        () -> count(searcher, base, request, shown))
                : count(searcher, base, request, shown);
        ScoreDoc[] page = pageOf(top, request.page());
        List<Document> documents = documents(searcher, page);
        SearchLabelStore.Request toName = new SearchLabelStore.Request();
        counted.counts().forEach((facet, values) -> toName.of(facet).addAll(values.keySet()));
        request.filters().forEach((facet, values) -> toName.of(facet).addAll(values));
        for (Document document : documents) {
            toName.consultations.add(document.get(ContributionDocument.CONSULTATION));
            toName.councils.add(document.get(ContributionDocument.COUNCIL));
            if (document.get(ContributionDocument.COMMUNE) != null) {
                toName.communes.add(document.get(ContributionDocument.COMMUNE));
            }
        }
        SearchLabelStore.Names names = labels.read(toName);
        List<SearchResults.FacetGroup> facets = facets(counted, request, names);
        // Only the shown page is highlighted, from its stored texts.
        Map<String, String[]> highlighted = words == null || page.length == 0
                ? Map.of()
                : PageHighlighter.highlight(
                        searcher,
                        analyzers.indexing(),
                        words,
                        Arrays.stream(page).mapToInt(hit -> hit.doc).toArray(),
                        documents);
        List<SearchResults.Hit> hits = hits(documents, highlighted, viewer, names);
        long total = counted.total();
        int pageCount =
                (int) Math.min(SearchQuery.MAX_PAGE + 1, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
        return new SearchResults(hits, total, request.page(), pageCount, facets, notice, searchedText, spelling);
    }

    /** The ticked values as filters: values of one facet are alternatives, facets add up; none of them scores. */
    private static Query filtered(Query base, Map<SearchFacet, Set<String>> filters) {
        if (filters.values().stream().allMatch(Set::isEmpty)) {
            return base;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
                values.forEach(value ->
                        anyOf.add(new TermQuery(new Term(facet.dimension(), value)), BooleanClause.Occur.SHOULD));
                query.add(anyOf.build(), BooleanClause.Occur.FILTER);
            }
        });
        return query.build();
    }

    private static FacetCounter.Counted count(
            IndexSearcher searcher, Query base, SearchQuery request, Set<SearchFacet> shown) {
        try {
            return FacetCounter.count(searcher, base, request.filters(), shown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to {@code limit} titles that start like the typed words, for the search box's suggestions: the
     * words before the last must match, the last may be the start of a word.
     */
    public List<String> suggest(String typed, @Nullable Long councilId, boolean allTerritories, int limit) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 2 || text.length() > SearchQueryBuilder.MAX_LENGTH) {
            return List.of();
        }
        int lastSpace = text.lastIndexOf(' ');
        String last = text.substring(lastSpace + 1);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (lastSpace > 0) {
            SearchQueryBuilder.Parsed head =
                    SearchQueryBuilder.parse(text.substring(0, lastSpace), analyzers.queries());
            if (head.query() != null) {
                query.add(head.query(), BooleanClause.Occur.MUST);
            }
        }
        BytesRef prefix = analyzers.queries().normalize(TITLE, last);
        if (prefix.length == 0) {
            return List.of();
        }
        BooleanQuery.Builder lastWord = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(TITLE, prefix)), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(BODY, prefix)), BooleanClause.Occur.SHOULD);
        query.add(lastWord.build(), BooleanClause.Occur.MUST);
        SearchQuery scope = new SearchQuery(text, councilId, allTerritories, Map.of(), SearchSort.RELEVANCE, 0);
        try (SearchIndex.Lease lease = index.acquire()) {
            IndexSearcher searcher = lease.searcher();
            TopDocs top = searcher.search(scoped(query.build(), scope), limit * 3, MOST_SUPPORTED);
            StoredFields stored = searcher.storedFields();
            Set<String> titles = new LinkedHashSet<>();
            for (ScoreDoc doc : top.scoreDocs) {
                titles.add(stored.document(doc.doc, Set.of(TITLE)).get(TITLE));
                if (titles.size() == limit) {
                    break;
                }
            }
            return List.copyOf(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query scoped(Query words, SearchQuery request) {
        if (request.allTerritories() || request.councilId() == null) {
            return words;
        }
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(
                        new TermQuery(new Term(ContributionDocument.COUNCIL, Long.toString(request.councilId()))),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    private static ScoreDoc[] pageOf(TopDocs hits, int page) {
        int from = page * SearchQuery.PAGE_SIZE;
        if (from >= hits.scoreDocs.length) {
            return new ScoreDoc[0];
        }
        return java.util.Arrays.copyOfRange(
                hits.scoreDocs, from, Math.min(hits.scoreDocs.length, from + SearchQuery.PAGE_SIZE));
    }

    private static List<SearchResults.FacetGroup> facets(
            FacetCounter.Counted counted, SearchQuery request, SearchLabelStore.Names names) {
        List<SearchResults.FacetGroup> groups = new ArrayList<>();
        counted.counts().forEach((facet, found) -> {
            Set<String> selected = request.filters().getOrDefault(facet, Set.of());
            Map<String, Long> counts = new LinkedHashMap<>(found);
            selected.forEach(value -> counts.putIfAbsent(value, 0L)); // a ticked value stays visible, to be unticked
            Map<String, String> labels = names.of(facet);
            List<SearchResults.FacetValue> values = counts.entrySet().stream()
                    .map(entry -> new SearchResults.FacetValue(
                            entry.getKey(),
                            labels.get(entry.getKey()),
                            entry.getValue(),
                            selected.contains(entry.getKey())))
                    .toList();
            if (!values.isEmpty()) {
                groups.add(new SearchResults.FacetGroup(facet, values));
            }
        });
        return groups;
    }

    /** The shown hits' stored fields, read once: for the page and for the highlighter. */
    private static List<Document> documents(IndexSearcher searcher, ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Document> documents = new ArrayList<>(page.length);
        for (ScoreDoc hit : page) {
            documents.add(stored.document(hit.doc));
        }
        return documents;
    }

    private static List<SearchResults.Hit> hits(
            List<Document> documents, Map<String, String[]> highlighted, Actor viewer, SearchLabelStore.Names names) {
        String[] titles = highlighted.get(TITLE);
        String[] excerpts = highlighted.get(BODY);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            IndexableField author = document.getField(ContributionDocument.AUTHOR);
            Long authorId = author == null ? null : author.numericValue().longValue();
            String titleText = document.get(TITLE);
            String bodyText = document.get(BODY);
            String title = titles == null ? null : titles[i];
            String excerpt = excerpts == null ? null : excerpts[i];
            hits.add(new SearchResults.Hit(
                    Long.parseLong(document.get(ContributionDocument.ID)),
                    title != null ? title : SafeHighlightFormatter.escape(titleText),
                    excerpt != null ? excerpt : SafeHighlightFormatter.beginning(bodyText, EXCERPT_LENGTH),
                    ContributionKind.valueOf(document.get(ContributionDocument.KIND)),
                    ContributionStatus.valueOf(document.get(ContributionDocument.STATUS)),
                    document.get(ContributionDocument.ANSWER),
                    names.consultations().get(document.get(ContributionDocument.CONSULTATION)),
                    names.councils().get(document.get(ContributionDocument.COUNCIL)),
                    names.communes().get(document.get(ContributionDocument.COMMUNE)),
                    Instant.ofEpochMilli(document.getField(ContributionDocument.PUBLISHED)
                            .numericValue()
                            .longValue()),
                    document.getField(ContributionDocument.SUPPORTS)
                            .numericValue()
                            .intValue(),
                    viewer.isAuthenticated() && viewer.accountId().equals(authorId)));
        }
        return hits;
    }
}
