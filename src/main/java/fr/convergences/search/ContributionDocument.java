package fr.convergences.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;

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
    static final String FACET_COUNCIL = "f_council";
    static final String FACET_CONSULTATION = "f_consultation";
    static final String FACET_THEME = "f_theme";
    static final String FACET_KIND = "f_kind";
    static final String FACET_ANSWER = "f_answer";
    static final String FACET_COMMUNE = "f_commune";
    static final String FACET_AUTHOR = "f_author";
    /** The value of the answer facet for contributions the council has not answered yet. */
    static final String NO_ANSWER = "NONE";
    static final String NO_COMMUNE = "NONE";

    /** Title and body: positions for phrases, offsets in the postings so the highlighter never re-analyses the text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(FACET_THEME, true); // a contribution may carry several themes
    }

    private ContributionDocument() {
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document of(IndexedContribution contribution) {
        Document document = new Document();
        // Exact term, stored: the key of update-by-id and of the result link.
        document.add(new StringField(ID, Long.toString(contribution.id()), Field.Store.YES));
        // Analysed and stored: searched (weighted higher), highlighted and shown as the result's title.
        document.add(new Field(TITLE, contribution.title(), TEXT_WITH_OFFSETS));
        // Analysed and stored with offsets: searched, and the source of the highlighted passages. Addenda are the author's words too.
        String body = contribution.addenda() == null ? contribution.body() : contribution.body() + "\n\n" + contribution.addenda();
        document.add(new Field(BODY, body, TEXT_WITH_OFFSETS));
        // Exact term: the scope of a search (one council) and of similar contributions (one consultation), as filters.
        document.add(new StringField(COUNCIL, Long.toString(contribution.councilId()), Field.Store.YES));
        document.add(new StringField(CONSULTATION, Long.toString(contribution.consultationId()), Field.Store.YES));
        // Stored only: shown (the writer's own is labelled), never searched.
        if (contribution.authorAccountId() != null) {
            document.add(new StoredField(AUTHOR, contribution.authorAccountId()));
        }
        document.add(new StoredField(STATUS, contribution.status().name()));
        document.add(new StoredField(KIND, contribution.kind().name()));
        String answer = contribution.answerStatus() == null ? NO_ANSWER : contribution.answerStatus().name();
        document.add(new StoredField(ANSWER, answer));
        if (contribution.communeInsee() != null) {
            document.add(new StoredField(COMMUNE, contribution.communeInsee()));
        }
        // Doc values for sorting by date and by supports, stored to show them.
        long published = contribution.publishedAt().toEpochMilli();
        document.add(new NumericDocValuesField(PUBLISHED, published));
        document.add(new StoredField(PUBLISHED, published));
        document.add(new NumericDocValuesField(SUPPORTS, contribution.supportCount()));
        document.add(new StoredField(SUPPORTS, contribution.supportCount()));
        // Sorted-set facets: counts per value in one pass, and drill-down terms for the filters.
        document.add(new SortedSetDocValuesFacetField(FACET_COUNCIL, Long.toString(contribution.councilId())));
        document.add(new SortedSetDocValuesFacetField(FACET_CONSULTATION, Long.toString(contribution.consultationId())));
        contribution.themeIds().forEach(theme -> document.add(new SortedSetDocValuesFacetField(FACET_THEME, Long.toString(theme))));
        document.add(new SortedSetDocValuesFacetField(FACET_KIND, contribution.kind().name()));
        document.add(new SortedSetDocValuesFacetField(FACET_ANSWER, answer));
        document.add(new SortedSetDocValuesFacetField(FACET_COMMUNE,
                contribution.communeInsee() == null ? NO_COMMUNE : contribution.communeInsee()));
        document.add(new SortedSetDocValuesFacetField(FACET_AUTHOR, contribution.authorType().name()));
        try {
            return FACETS.build(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
