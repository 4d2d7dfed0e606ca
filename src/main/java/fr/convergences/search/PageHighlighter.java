package fr.convergences.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the titles and bodies of the page shown, in one call for the page: the query's terms, phrases and
 * automata are prepared once, and the texts are the stored fields the page has already read (never read twice),
 * re-analysed with the documents' analyzer (the postings hold no offsets). Titles are highlighted whole, bodies as
 * two passages around the matches; words are marked one by one (no weight matches, which would build an in-memory
 * index per text), the words of a phrase only where they make the phrase.
 */
final class PageHighlighter extends UnifiedHighlighter {

    private final Map<Integer, Document> documents;

    private PageHighlighter(Builder builder, Map<Integer, Document> documents) {
        super(builder);
        this.documents = documents;
    }

    /** Safe HTML per field (title, body), in the order of the documents; null where a field has nothing to show. */
    static Map<String, String[]> highlight(
            IndexSearcher searcher, Analyzer documentsAnalyzer, Query query, int[] docIds, List<Document> documents)
            throws IOException {
        Map<Integer, Document> byDoc = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byDoc.put(docIds[i], documents.get(i));
        }
        Builder builder = UnifiedHighlighter.builder(searcher, documentsAnalyzer)
                .withFormatter(new SafeHighlightFormatter())
                .withWeightMatches(false);
        return new PageHighlighter(builder, byDoc)
                .highlightFields(
                        new String[] {ContributionDocument.TITLE, ContributionDocument.BODY}, query, docIds, new int[] {
                            1, 2
                        });
    }

    @Override
    protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.ANALYSIS;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return ContributionDocument.TITLE.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document document =
                    Objects.requireNonNull(documents.get(doc), "the highlighter reads only the documents of the page");
            CharSequence[] row = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String value = document.get(fields[i]);
                row[i] = value == null ? "" : value;
            }
            values.add(row);
        }
        return values;
    }
}
