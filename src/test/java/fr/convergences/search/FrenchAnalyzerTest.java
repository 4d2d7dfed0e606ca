package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FrenchAnalyzerTest {

    private final SearchAnalyzers analyzers = SearchAnalyzers.shippedSynonyms();

    @Test
    void elided_articles_are_removed_so_the_word_itself_is_found() throws IOException {
        assertThat(terms(analyzers.indexing(), "L’accès à l'hôpital d’Évry qu’on attend"))
                .containsExactly("acce", "hopital", "evry", "atend");
        assertThat(finds("hôpital", "J’attends l'ouverture de l’hôpital")).isTrue();
    }

    @Test
    void accents_are_folded_after_stemming_so_hopitaux_and_hopital_match() throws IOException {
        assertThat(terms(analyzers.indexing(), "hôpitaux")).containsExactly("hopital");
        assertThat(terms(analyzers.indexing(), "hopital")).containsExactly("hopital");
        assertThat(finds("hopital", "Rouvrir les hôpitaux de proximité")).isTrue();
        assertThat(finds("hôpitaux", "Un hopital sans urgences de nuit")).isTrue();
        assertThat(finds("Hôpital", "Les HÔPITAUX manquent de lits")).isTrue();
    }

    @Test
    void medecin_traitant_and_generaliste_find_each_other() throws IOException {
        assertThat(finds("médecin traitant", "Aucun généraliste ne prend de nouveaux patients"))
                .isTrue();
        assertThat(finds("généraliste", "Je n’ai plus de médecin traitant depuis deux ans"))
                .isTrue();
        assertThat(finds("médecin", "Aucun généraliste ne prend de nouveaux patients"))
                .as("one word of a multi-word synonym alone does not expand")
                .isFalse();
    }

    @Test
    void ehpad_and_maison_de_retraite_find_each_other() throws IOException {
        assertThat(finds("EHPAD", "Ma mère attend une place en maison de retraite"))
                .isTrue();
        assertThat(finds("maison de retraite", "Les visites en Ehpad sont trop courtes"))
                .isTrue();
        assertThat(finds("\"maison de retraite\"", "Ma mère attend une place en maison de retraite"))
                .as("a phrase keeps working across a removed stop word")
                .isTrue();
    }

    @Test
    void a_rule_written_once_matches_plurals_and_lost_accents() throws IOException {
        assertThat(finds("déserts médicaux", "Le manque de médecins dans les villages"))
                .isTrue();
        assertThat(finds("deserts medicaux", "Le manque de médecins dans les villages"))
                .isTrue();
        assertThat(finds("désert médical", "Nous vivons dans un désert médical"))
                .isTrue();
        assertThat(finds("maisons de retraite", "Les visites en EHPAD sont trop courtes"))
                .isTrue();
    }

    @Test
    void mental_health_psychiatry_and_emergencies_find_the_words_residents_use() throws IOException {
        assertThat(finds("santé mentale", "Six mois d’attente en psychiatrie pour un adolescent"))
                .isTrue();
        assertThat(finds("psychiatrie", "Plus de moyens pour la santé mentale des jeunes"))
                .isTrue();
        assertThat(finds("urgences", "Le SAMU met quarante minutes à venir")).isTrue();
        assertThat(finds("urgences", "Des soins non programmés le soir à la maison de santé"))
                .isTrue();
        assertThat(finds("urgences", "Des soins le soir, non programmés"))
                .as("a synonym of several words is matched as a whole")
                .isFalse();
    }

    @Test
    void acronyms_find_their_expansion() throws IOException {
        assertThat(finds("CPTS", "La communauté professionnelle territoriale de santé du nord"))
                .isTrue();
        assertThat(finds("PMI", "Fermeture du centre de protection maternelle et infantile"))
                .isTrue();
        assertThat(finds("agence régionale de santé", "L’ARS doit répondre au conseil"))
                .isTrue();
    }

    @Test
    void stop_words_are_not_indexed_and_a_query_of_stop_words_matches_nothing() throws IOException {
        assertThat(terms(analyzers.indexing(), "le manque de médecins pour les enfants"))
                .containsExactly("manqu", "medecin", "enfant");
        assertThat(finds("le la de", "le manque de médecins pour les enfants")).isFalse();
    }

    @Test
    void synonyms_are_applied_at_query_time_only() throws IOException {
        assertThat(terms(analyzers.indexing(), "généraliste")).containsExactly("generalist");
        assertThat(terms(analyzers.queries(), "généraliste")).contains("generalist", "medecin", "traitant");
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /** Indexes the text as a contribution body and runs the query as the search page parses it. */
    private boolean finds(String query, String text) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.indexing()))) {
                Document document = new Document();
                document.add(new TextField("body", text, Field.Store.NO));
                writer.addDocument(document);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                org.apache.lucene.search.Query parsed =
                        SearchQueryBuilder.parse(query, analyzers.queries()).query();
                return parsed != null && new IndexSearcher(reader).count(parsed) > 0;
            }
        }
    }
}
