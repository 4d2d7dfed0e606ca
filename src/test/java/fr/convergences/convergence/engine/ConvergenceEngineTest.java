package fr.convergences.convergence.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine's rules on small inputs of real proposals (the shipped corpus) and their paraphrases. */
class ConvergenceEngineTest {

    private final ConvergenceEngine engine = ConvergenceEngines.standard();

    private static final List<String> OBSOLESCENCE = List.of(
            "Il faut interdire l'obsolescence programmée des appareils.",
            "Il faut mettre fin à l'obsolescence programmée de tout.",
            "Il faut légiférer pour interdire l’obsolescence programmée",
            "Il faut abolir l'obsolescence programmée");
    private static final List<String> UNRELATED = List.of(
            "Il faut baisser les loyers", "Il faut interdire les airbnb", "Il faut enseigner le respect pour tous.");

    private static List<Document> documents(List<String> texts, String prefix, String source) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            documents.add(new Document(prefix + i, null, texts.get(i), source == null ? null : source + i, null));
        }
        return documents;
    }

    private static List<Document> obsolescenceAndNoise() {
        List<Document> documents = new ArrayList<>(documents(OBSOLESCENCE, "o", "person-o"));
        documents.addAll(documents(UNRELATED, "u", "person-u"));
        return documents;
    }

    @Test
    void paraphrases_from_distinct_sources_form_a_convergence_and_the_rest_stays_unassigned() {
        Clustering clustering = engine.cluster(obsolescenceAndNoise());
        assertThat(clustering.convergences()).hasSize(1);
        Convergence convergence = clustering.convergences().getFirst();
        assertThat(convergence.members()).containsExactlyInAnyOrder("o0", "o1", "o2", "o3");
        assertThat(convergence.sources()).isEqualTo(4);
        assertThat(convergence.score()).isBetween(0.25, 1.0);
        assertThat(clustering.unassigned()).containsExactly("u0", "u1", "u2");
    }

    @Test
    void the_label_and_terms_are_words_as_people_wrote_them() {
        Convergence convergence =
                engine.cluster(obsolescenceAndNoise()).convergences().getFirst();
        assertThat(convergence.label()).isEqualTo("Obsolescence programmée");
        assertThat(convergence.terms()).startsWith("obsolescence", "programmée");
    }

    @Test
    void one_source_saying_the_same_thing_twice_is_not_a_convergence() {
        List<Document> documents = List.of(
                new Document("a", null, "Il faut rétablir l'ISF", "attac-91", null),
                new Document("b", null, "Il faut rétablir l'ISF.", "attac-91", null),
                new Document("c", null, "Il faut baisser les loyers", "someone", null));
        Clustering clustering = engine.cluster(documents);
        assertThat(clustering.convergences()).isEmpty();
        assertThat(clustering.unassigned()).containsExactly("a", "b", "c");
    }

    @Test
    void documents_without_a_source_each_count_as_a_source_of_their_own() {
        List<Document> documents =
                List.of(Document.of("a", "Il faut rétablir l'ISF"), Document.of("b", "Il faut rétablir l'ISF."));
        Clustering clustering = engine.cluster(documents);
        assertThat(clustering.convergences()).singleElement().satisfies(convergence -> {
            assertThat(convergence.sources()).isEqualTo(2);
            assertThat(convergence.label()).contains("ISF");
        });
    }

    @Test
    void every_document_appears_exactly_once_and_the_same_input_gives_the_same_output() {
        List<Document> documents = new ArrayList<>();
        List<String> corpus = BackgroundCorpus.texts();
        for (int i = 0; i < 1500; i++) {
            documents.add(new Document("p" + i, null, corpus.get(i), "person-" + (i % 700), null));
        }
        Clustering first = engine.cluster(documents);
        Clustering second = ConvergenceEngines.standard().cluster(List.copyOf(documents));
        assertThat(second).isEqualTo(first);
        List<String> seen = new ArrayList<>(first.unassigned());
        first.convergences().forEach(convergence -> seen.addAll(convergence.members()));
        assertThat(seen).hasSize(documents.size());
        assertThat(new HashSet<>(seen)).hasSize(documents.size());
        assertThat(first.convergences()).isNotEmpty().allSatisfy(convergence -> {
            assertThat(convergence.members()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(convergence.sources()).isGreaterThanOrEqualTo(2);
            assertThat(convergence.label()).isNotBlank();
            assertThat(convergence.id()).startsWith("c-");
        });
        Set<String> ids = new HashSet<>();
        first.convergences()
                .forEach(convergence -> assertThat(ids.add(convergence.id())).isTrue());
    }

    @Test
    void members_come_most_representative_first() {
        List<Document> documents = new ArrayList<>(documents(OBSOLESCENCE, "o", "person-o"));
        documents.add(new Document(
                "long",
                null,
                "Il faut interdire l'obsolescence programmée, et aussi taxer les yachts, "
                        + "rouvrir les bureaux de poste et planter des haies",
                "person-long",
                null));
        Convergence convergence = engine.cluster(documents).convergences().getFirst();
        assertThat(convergence.members()).contains("long");
        assertThat(convergence.members().getLast()).isEqualTo("long");
    }

    @Test
    void a_new_paraphrase_joins_its_convergence_and_an_unrelated_text_joins_none() {
        List<Document> documents = obsolescenceAndNoise();
        Clustering clustering = engine.cluster(documents);
        String id = clustering.convergences().getFirst().id();
        assertThat(engine.assign(
                        Document.of("new", "Il faut en finir avec l'obsolescence programmée des produits"),
                        clustering,
                        documents))
                .contains(id);
        assertThat(engine.assign(Document.of("other", "Il faut plus de bancs dans les parcs"), clustering, documents))
                .isEqualTo(Optional.empty());
    }

    @Test
    void duplicate_ids_are_refused_and_no_document_gives_no_convergence() {
        assertThatThrownBy(() -> engine.cluster(List.of(Document.of("a", "x"), Document.of("a", "y"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a");
        assertThat(engine.cluster(List.of())).isEqualTo(new Clustering(List.of(), List.of()));
    }
}
