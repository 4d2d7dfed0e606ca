package fr.convergences.search;

import fr.convergences.contribution.SimilarContributions;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Similar contributions while someone writes: MoreLikeThis picks the most telling words of the text
 * (rare in the index, frequent in the text; synonyms expanded as in a search) and looks for them in
 * the titles and bodies of the consultation's public contributions. One query on the live index: a few
 * milliseconds, so the form can ask at every pause in typing.
 */
@Singleton
public class LuceneSimilarContributions implements SimilarContributions {

    /** Words beyond these add noise, not precision, and slow the query down. */
    private static final int MAX_QUERY_TERMS = 25;

    private static final int EXCERPT_LENGTH = 160;
    /** Only the start of a long text: what the writer is saying shows in its first sentences. */
    private static final int MAX_TEXT = 3000;

    private final SearchIndex index;
    private final SearchAnalyzers analyzers;

    public LuceneSimilarContributions(SearchIndex index, SearchAnalyzers analyzers) {
        this.index = index;
        this.analyzers = analyzers;
    }

    @Override
    public List<Match> similarTo(long consultationId, String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        String typed = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        try (SearchIndex.Lease lease = index.acquire()) {
            IndexSearcher searcher = lease.searcher();
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(analyzers.queries());
            like.setFieldNames(new String[] {ContributionDocument.TITLE, ContributionDocument.BODY});
            like.setMinTermFreq(1); // a short text says each word once
            like.setMinDocFreq(1); // a young consultation has few contributions: a word seen once still counts
            like.setMinWordLen(2);
            like.setMaxQueryTerms(MAX_QUERY_TERMS);
            like.setBoost(true);
            Query words = like.like(
                    Map.of(ContributionDocument.TITLE, List.of(typed), ContributionDocument.BODY, List.of(typed)));
            Query query = new BooleanQuery.Builder()
                    .add(words, BooleanClause.Occur.MUST)
                    .add(
                            new TermQuery(new Term(ContributionDocument.CONSULTATION, Long.toString(consultationId))),
                            BooleanClause.Occur.FILTER)
                    .build();
            StoredFields stored = searcher.storedFields();
            List<Match> matches = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                Document document = stored.document(hit.doc);
                IndexableField author = document.getField(ContributionDocument.AUTHOR);
                String body = document.get(ContributionDocument.BODY);
                matches.add(new Match(
                        Long.parseLong(document.get(ContributionDocument.ID)),
                        document.get(ContributionDocument.TITLE),
                        body.length() <= EXCERPT_LENGTH ? body : body.substring(0, EXCERPT_LENGTH) + "…",
                        author == null ? null : author.numericValue().longValue()));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
