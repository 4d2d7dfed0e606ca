package fr.convergences.search;

import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionStatus;
import fr.convergences.identity.Actor;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
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
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.convergences.search.ContributionDocument.BODY;
import static fr.convergences.search.ContributionDocument.TITLE;

/**
 * Searches the public contributions: one council or all territories, words parsed so that they never
 * fail, facets counted drill-sideways (each facet counts as if its own ticks were off, so ticking a value
 * never hides the other values of that facet), sorting, pages and highlighted passages. The index holds
 * only what anyone may see (published or withdrawn, not hidden), so every viewer gets the same results;
 * the viewer's own contributions are labelled.
 */
@Singleton
public class SearchService {

    private static final int FACET_VALUES = 30;
    private static final int EXCERPT_LENGTH = 240;
    private static final Sort NEWEST = new Sort(new SortField(ContributionDocument.PUBLISHED, SortField.Type.LONG, true));
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST.getSort()[0]);
    private static final Sort MOST_SUPPORTED = new Sort(new SortField(ContributionDocument.SUPPORTS, SortField.Type.LONG, true),
            NEWEST.getSort()[0]);

    private final SearchIndex index;
    private final SearchAnalyzers analyzers;
    private final SearchLabels labels;

    public SearchService(SearchIndex index, SearchAnalyzers analyzers, SearchLabels labels) {
        this.index = index;
        this.analyzers = analyzers;
        this.labels = labels;
    }

    public SearchResults search(Actor viewer, SearchQuery request) {
        SearchQueries.Parsed parsed = SearchQueries.parse(request.text(), analyzers.queries());
        if (parsed.outcome() == SearchQueries.Outcome.NO_WORDS) {
            return SearchResults.empty(SearchResults.Notice.NO_WORDS, parsed.text());
        }
        SearchResults.Notice notice = parsed.truncated() ? SearchResults.Notice.TRUNCATED
                : parsed.outcome() == SearchQueries.Outcome.EMPTY ? SearchResults.Notice.NO_QUERY : SearchResults.Notice.NONE;
        Query words = parsed.query() == null ? new MatchAllDocsQuery() : parsed.query();
        DrillDownQuery query = new DrillDownQuery(ContributionDocument.FACETS, scoped(words, request));
        request.filters().forEach((facet, values) -> values.forEach(value -> query.add(facet.dimension(), value)));
        Sort sort = switch (request.sort()) {
            case RELEVANCE -> parsed.query() == null ? NEWEST : RELEVANCE;
            case NEWEST -> NEWEST;
            case MOST_SUPPORTED -> MOST_SUPPORTED;
        };
        try (SearchIndex.Lease lease = index.acquire()) {
            SearchIndex.FacetedSearcher searcher = lease.searcher();
            if (searcher.facets() == null) {
                return SearchResults.empty(notice, parsed.text());
            }
            int wanted = (request.page() + 1) * SearchQuery.PAGE_SIZE;
            DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, ContributionDocument.FACETS, searcher.facets())
                    .search(query, null, null, wanted, sort, sort == RELEVANCE);
            long total = result.drillDownFacetsCollector.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
            ScoreDoc[] page = pageOf(result.hits, request.page());
            List<SearchResults.FacetGroup> facets = facets(result, request);
            List<SearchResults.Hit> hits = hits(searcher, page, parsed.query(), viewer);
            int pageCount = (int) Math.min(SearchQuery.MAX_PAGE + 1, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
            return new SearchResults(hits, total, request.page(), pageCount, facets, notice, parsed.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to {@code limit} titles that start like the typed words, for the search box's suggestions: the
     * words before the last must match, the last may be the start of a word.
     */
    public List<String> suggest(String typed, Long councilId, boolean allTerritories, int limit) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 2 || text.length() > SearchQueries.MAX_LENGTH) {
            return List.of();
        }
        int lastSpace = text.lastIndexOf(' ');
        String last = text.substring(lastSpace + 1);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (lastSpace > 0) {
            SearchQueries.Parsed head = SearchQueries.parse(text.substring(0, lastSpace), analyzers.queries());
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
                .add(new TermQuery(new Term(ContributionDocument.COUNCIL, Long.toString(request.councilId()))), BooleanClause.Occur.FILTER)
                .build();
    }

    private static ScoreDoc[] pageOf(TopDocs hits, int page) {
        int from = page * SearchQuery.PAGE_SIZE;
        if (from >= hits.scoreDocs.length) {
            return new ScoreDoc[0];
        }
        return java.util.Arrays.copyOfRange(hits.scoreDocs, from, Math.min(hits.scoreDocs.length, from + SearchQuery.PAGE_SIZE));
    }

    private List<SearchResults.FacetGroup> facets(DrillSideways.DrillSidewaysResult result, SearchQuery request) throws IOException {
        List<SearchResults.FacetGroup> groups = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            if (facet == SearchFacet.COUNCIL && !request.allTerritories()) {
                continue; // one council searched: its facet would have one value
            }
            Set<String> selected = request.filters().getOrDefault(facet, Set.of());
            FacetResult counted = result.facets.getTopChildren(FACET_VALUES, facet.dimension());
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            if (counted != null) {
                for (LabelAndValue value : counted.labelValues) {
                    counts.put(value.label, value.value.longValue());
                }
            }
            selected.forEach(value -> counts.putIfAbsent(value, 0L)); // a ticked value stays visible, to be unticked
            Map<String, String> names = names(facet, counts.keySet());
            List<SearchResults.FacetValue> values = counts.entrySet().stream()
                    .map(entry -> new SearchResults.FacetValue(entry.getKey(), names.get(entry.getKey()), entry.getValue(),
                            selected.contains(entry.getKey())))
                    .toList();
            if (!values.isEmpty()) {
                groups.add(new SearchResults.FacetGroup(facet, values));
            }
        }
        return groups;
    }

    private Map<String, String> names(SearchFacet facet, Collection<String> ids) {
        return switch (facet) {
            case COUNCIL -> labels.councils(ids);
            case CONSULTATION -> labels.consultations(ids);
            case THEME -> labels.themes(ids);
            case COMMUNE -> labels.communes(ids);
            case KIND, ANSWER, AUTHOR -> Map.of();
        };
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, ScoreDoc[] page, Query words, Actor viewer) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = java.util.Arrays.stream(page).mapToInt(doc -> doc.doc).toArray();
        String[] titles = new String[page.length];
        String[] excerpts = new String[page.length];
        if (words != null) {
            UnifiedHighlighter passages = UnifiedHighlighter.builder(searcher, analyzers.queries())
                    .withFormatter(new SafeHighlightFormatter()).build();
            UnifiedHighlighter whole = UnifiedHighlighter.builder(searcher, analyzers.queries())
                    .withFormatter(new SafeHighlightFormatter()).withBreakIterator(WholeBreakIterator::new) /* a title is highlighted whole, never cut */.build();
            excerpts = passages.highlightFields(new String[]{BODY}, words, docIds, new int[]{2}).get(BODY);
            titles = whole.highlightFields(new String[]{TITLE}, words, docIds, new int[]{1}).get(TITLE);
        }
        StoredFields stored = searcher.storedFields();
        List<Document> documents = new ArrayList<>();
        for (int doc : docIds) {
            documents.add(stored.document(doc));
        }
        Map<String, String> consultations = labels.consultations(values(documents, ContributionDocument.CONSULTATION));
        Map<String, String> councils = labels.councils(values(documents, ContributionDocument.COUNCIL));
        Map<String, String> communes = labels.communes(values(documents, ContributionDocument.COMMUNE));
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            IndexableField author = document.getField(ContributionDocument.AUTHOR);
            Long authorId = author == null ? null : author.numericValue().longValue();
            String title = titles[i] != null ? titles[i] : SafeHighlightFormatter.escape(document.get(TITLE));
            String excerpt = excerpts[i] != null ? excerpts[i] : SafeHighlightFormatter.beginning(document.get(BODY), EXCERPT_LENGTH);
            hits.add(new SearchResults.Hit(Long.parseLong(document.get(ContributionDocument.ID)), title, excerpt,
                    ContributionKind.valueOf(document.get(ContributionDocument.KIND)),
                    ContributionStatus.valueOf(document.get(ContributionDocument.STATUS)),
                    document.get(ContributionDocument.ANSWER),
                    consultations.get(document.get(ContributionDocument.CONSULTATION)),
                    councils.get(document.get(ContributionDocument.COUNCIL)),
                    communes.get(document.get(ContributionDocument.COMMUNE)),
                    Instant.ofEpochMilli(document.getField(ContributionDocument.PUBLISHED).numericValue().longValue()),
                    document.getField(ContributionDocument.SUPPORTS).numericValue().intValue(),
                    viewer.isAuthenticated() && viewer.accountId().equals(authorId)));
        }
        return hits;
    }

    private static Set<String> values(List<Document> documents, String field) {
        Set<String> values = new HashSet<>();
        documents.stream().map(document -> document.get(field)).filter(java.util.Objects::nonNull).forEach(values::add);
        return values;
    }
}
