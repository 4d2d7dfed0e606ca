package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.Convergence;
import fr.convergences.convergence.engine.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairStanceQualityTest {

    // One group holding a proposal, a text against it and a paraphrase of the proposal; one proposal left alone
    private static final List<Document> DOCUMENTS = List.of(
            Document.of("a", "Il faut défiscaliser les heures supplémentaires"),
            Document.of("b", "Il ne faut pas défiscaliser les heures supplémentaires"),
            Document.of("c", "Il faut que les heures supplémentaires soient défiscalisées"),
            Document.of("d", "Il faut taxer tous les revenus de la même façon"));
    private static final Clustering CLUSTERING = new Clustering(
            List.of(new Convergence("c-1", "Heures supplémentaires", List.of(), List.of("a", "b", "c"), 3, 0.5)),
            List.of("d"));
    private static final List<PairStanceQuality.Pair> PAIRS = List.of(
            new PairStanceQuality.Pair("a", "b", true),
            new PairStanceQuality.Pair("a", "d", true),
            new PairStanceQuality.Pair("a", "c", false),
            new PairStanceQuality.Pair("b", "c", true));

    @Test
    void without_stance_detection_every_pair_in_one_group_is_shown_as_agreeing() {
        PairStanceQuality quality = PairStanceQuality.measure(CLUSTERING, DOCUMENTS, PAIRS, false);

        assertThat(quality).isEqualTo(new PairStanceQuality(3, 2, 1, 1));
        assertThat(quality.opposingShare()).isEqualTo(2.0 / 3);
    }

    @Test
    void with_stance_detection_the_two_sides_of_a_divergence_are_no_longer_shown_as_agreeing() {
        PairStanceQuality quality = PairStanceQuality.measure(CLUSTERING, DOCUMENTS, PAIRS, true);

        // a and b, b and c sit on opposite sides; a and c stay together on the side for
        assertThat(quality).isEqualTo(new PairStanceQuality(3, 0, 1, 1));
        assertThat(quality.controlShare()).isEqualTo(1.0);
    }

    @Test
    void pairs_are_made_within_each_subject_and_opposing_when_the_stances_differ() {
        Map<String, String> subjects = new java.util.LinkedHashMap<>();
        subjects.put("a", "overtime");
        subjects.put("b", "overtime");
        subjects.put("c", "overtime");
        subjects.put("d", null);
        List<PairStanceQuality.Pair> pairs =
                PairStanceQuality.pairsOf(subjects, Map.of("a", "+1", "b", "-1", "c", "+1", "d", "+1"));

        assertThat(pairs)
                .containsExactly(
                        new PairStanceQuality.Pair("a", "b", true),
                        new PairStanceQuality.Pair("a", "c", false),
                        new PairStanceQuality.Pair("b", "c", true));
    }

    @Test
    void a_share_without_pairs_is_not_a_number() {
        assertThat(new PairStanceQuality(0, 0, 0, 0).opposingShare()).isNaN();
        assertThat(PairStanceQuality.share(0, 0)).isEqualTo("n/a (no pair)");
    }
}
