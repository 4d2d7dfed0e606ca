package fr.convergences.search;

import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/**
 * How a contribution is laid out in the index: one place for every field and the reason for its type.
 * Facets hold ids, never names: the names are read from PostgreSQL when a page is shown, so renaming a
 * council, a consultation or a theme needs no re-indexing.
 */
final class ContributionDocument {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String COUNCIL = "council";
    static final String CONSULTATION = "consultation";
    static final String AUTHOR = "author_account";
    static final String STATUS = "status";
    static final String KIND = "kind";
    static final String ANSWER = "answer";
    static final String COMMUNE = "commune";
    static final String PUBLISHED = "published_at";
    static final String SUPPORTS = "supports";
    /** The facet dimensions, as the search page offers them. */
    static final String FACET_THEME = "f_theme";

    static final String FACET_KIND = "f_kind";
    static final String FACET_ANSWER = "f_answer";
    static final String FACET_COMMUNE = "f_commune";
    static final String FACET_AUTHOR = "f_author";
    /** The value of the answer facet for contributions the council has not answered yet. */
    static final String NO_ANSWER = "NONE";

    static final String NO_COMMUNE = "NONE";

    /**
     * The layout's version, kept in the index's commit data: an index written with another layout is replaced and
     * rebuilt at start (Lucene refuses to mix a field's index options, and sorting relies on the points below).
     * 2: no offsets in the postings, points beside the sort doc values, facets as filter terms and numeric doc values
     * (themes in every document, 0 for none).
     */
    static final String SCHEMA_VERSION = "2";

    static final String SCHEMA_KEY = "convergences.schema";

    /** Doc values read by {@link FacetCounter}, one number each (themes: several). */
    static final String FACET_CODES = "facet_codes";

    static final String FACET_COUNCIL_ID = "facet_council_id";
    static final String FACET_CONSULTATION_ID = "facet_consultation_id";
    static final String FACET_THEME_IDS = "facet_theme_ids";

    private ContributionDocument() {}

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document of(IndexedContribution contribution) {
        Document document = new Document();
        // Exact term, stored: the key of update-by-id and of the result link.
        document.add(new StringField(ID, Long.toString(contribution.id()), Field.Store.YES));
        // Analysed (positions for phrases) and stored: searched (weighted higher), highlighted and shown as the
        // result's title.
        // No offsets in the postings: the ten texts of a page are re-analysed to highlight them, which costs less than
        // opening every query term's postings for every hit, and keeps the index smaller and faster to write.
        document.add(new TextField(TITLE, contribution.title(), Field.Store.YES));
        // Analysed and stored: searched, and the source of the highlighted passages. Addenda are the author's words
        // too.
        String body = contribution.addenda() == null
                ? contribution.body()
                : contribution.body() + "\n\n" + contribution.addenda();
        document.add(new TextField(BODY, body, Field.Store.YES));
        // Exact term: the scope of a search (one council) and of similar contributions (one consultation), as filters.
        document.add(new StringField(COUNCIL, Long.toString(contribution.councilId()), Field.Store.YES));
        document.add(new StringField(CONSULTATION, Long.toString(contribution.consultationId()), Field.Store.YES));
        // Stored only: shown (the writer's own is labelled), never searched.
        if (contribution.authorAccountId() != null) {
            document.add(new StoredField(AUTHOR, contribution.authorAccountId()));
        }
        document.add(new StoredField(STATUS, contribution.status().name()));
        document.add(new StoredField(KIND, contribution.kind().name()));
        String answer = contribution.answerStatus() == null
                ? NO_ANSWER
                : contribution.answerStatus().name();
        document.add(new StoredField(ANSWER, answer));
        if (contribution.communeInsee() != null) {
            document.add(new StoredField(COMMUNE, contribution.communeInsee()));
        }
        // Doc values for sorting by date and by supports; points of the same name let a sort skip the documents that
        // cannot enter the page (the newest of two million without reading them all); stored to show them.
        long published = Objects.requireNonNull(
                        contribution.publishedAt(),
                        "only public contributions are indexed, and a published one has its date")
                .toEpochMilli();
        document.add(new NumericDocValuesField(PUBLISHED, published));
        document.add(new LongPoint(PUBLISHED, published));
        document.add(new StoredField(PUBLISHED, published));
        document.add(new NumericDocValuesField(SUPPORTS, contribution.supportCount()));
        document.add(new LongPoint(SUPPORTS, contribution.supportCount()));
        document.add(new StoredField(SUPPORTS, contribution.supportCount()));
        // Facets. Exact terms, not stored: the filters of the ticked values (the council and consultation terms above
        // serve their facets too). Doc values: what FacetCounter counts for every match, four reads a document.
        String commune = contribution.communeInsee() == null ? NO_COMMUNE : contribution.communeInsee();
        contribution
                .themeIds()
                .forEach(theme -> filterTerm(document, FACET_THEME, Long.toString(theme))); // several themes
        filterTerm(document, FACET_KIND, contribution.kind().name());
        filterTerm(document, FACET_ANSWER, answer);
        filterTerm(document, FACET_COMMUNE, commune);
        filterTerm(document, FACET_AUTHOR, contribution.authorType().name());
        document.add(new NumericDocValuesField(
                FACET_CODES,
                FacetCounter.codes(
                        contribution.kind(),
                        contribution.answerStatus(),
                        contribution.authorType(),
                        contribution.communeInsee())));
        document.add(new NumericDocValuesField(FACET_COUNCIL_ID, contribution.councilId()));
        document.add(new NumericDocValuesField(FACET_CONSULTATION_ID, contribution.consultationId()));
        contribution.themeIds().forEach(theme -> document.add(new SortedNumericDocValuesField(FACET_THEME_IDS, theme)));
        if (contribution.themeIds().isEmpty()) {
            // 0, never an id, counted nowhere: with a value in every document the field is read without looking up
            // which documents have one (that lookup was half of the counting at two million contributions).
            document.add(new SortedNumericDocValuesField(FACET_THEME_IDS, 0));
        }
        return document;
    }

    private static void filterTerm(Document document, String dimension, String value) {
        document.add(new StringField(dimension, value, Field.Store.NO));
    }
}
