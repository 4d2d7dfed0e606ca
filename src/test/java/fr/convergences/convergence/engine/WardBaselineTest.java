package fr.convergences.convergence.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Ward baseline of the theme benchmark cuts its dendrogram at the number of groups asked, joining the closest texts first. */
class WardBaselineTest {

    private static final List<Document> DOCUMENTS = List.of(
            Document.of("a", "Des pistes cyclables sécurisées dans toute la ville"),
            Document.of("b", "Plus de pistes cyclables sécurisées pour aller au travail"),
            Document.of("c", "Recruter des médecins généralistes dans les villages"),
            Document.of("d", "Des médecins généralistes installés dans chaque village"),
            Document.of("e", "Taxer le kérosène des avions"));

    @Test
    void two_pairs_of_paraphrases_and_an_outlier_cut_into_three_groups_are_the_pairs_and_the_outlier() {
        Map<String, String> groups = WardBaseline.cluster(DOCUMENTS, 3);
        assertThat(groups).containsOnlyKeys("a", "b", "c", "d", "e");
        assertThat(groups.get("a")).isEqualTo(groups.get("b"));
        assertThat(groups.get("c")).isEqualTo(groups.get("d"));
        assertThat(new HashSet<>(groups.values())).hasSize(3);
        assertThat(groups.get("e")).isNotIn(groups.get("a"), groups.get("c"));
    }

    @Test
    void as_many_groups_as_documents_leaves_each_alone_and_one_group_holds_all() {
        assertThat(new HashSet<>(WardBaseline.cluster(DOCUMENTS, 5).values())).hasSize(5);
        assertThat(new HashSet<>(WardBaseline.cluster(DOCUMENTS, 1).values())).hasSize(1);
    }
}
