package fr.convergences.convergence.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics on partitions small enough to count their pairs by hand. */
class ClusteringQualityTest {

    private static Map<String, String> groups(String... idAndGroup) {
        Map<String, String> groups = new HashMap<>();
        for (int i = 0; i < idAndGroup.length; i += 2) {
            groups.put(idAndGroup[i], idAndGroup[i + 1]);
        }
        return groups;
    }

    @Test
    void a_clustering_equal_to_the_reference_scores_one_everywhere() {
        Map<String, String> reference = groups("a", "X", "b", "X", "c", "Y", "d", "Y", "e", null);
        ClusteringQuality quality =
                ClusteringQuality.of(groups("a", "1", "b", "1", "c", "2", "d", "2", "e", null), reference);
        assertThat(quality.precision()).isEqualTo(1.0);
        assertThat(quality.recall()).isEqualTo(1.0);
        assertThat(quality.adjustedRand()).isEqualTo(1.0);
        assertThat(quality.normalisedMutualInformation()).isCloseTo(1.0, within(1e-12));
        assertThat(quality.shareAssigned()).isEqualTo(0.8);
        assertThat(quality.convergences()).isEqualTo(2);
    }

    @Test
    void precision_recall_and_ari_are_counted_on_pairs() {
        // Reference {1,2,3} {4,5} {6}: 4 pairs. Engine {1,2} {3,4}, 5 and 6 unassigned: 2 pairs, of which (1,2) is
        // right.
        Map<String, String> reference = groups("1", "A", "2", "A", "3", "A", "4", "B", "5", "B", "6", null);
        Map<String, String> predicted = groups("1", "p", "2", "p", "3", "q", "4", "q", "5", null, "6", null);
        ClusteringQuality quality = ClusteringQuality.of(predicted, reference);
        assertThat(quality.predictedPairs()).isEqualTo(2);
        assertThat(quality.referencePairs()).isEqualTo(4);
        assertThat(quality.commonPairs()).isEqualTo(1);
        assertThat(quality.precision()).isEqualTo(0.5);
        assertThat(quality.recall()).isEqualTo(0.25);
        assertThat(quality.f1()).isCloseTo(1.0 / 3, within(1e-12));
        // Expected common pairs by chance: 2 × 4 / 15; ARI = (1 − 8/15) / (3 − 8/15) = 7/37.
        assertThat(quality.adjustedRand()).isCloseTo(7.0 / 37, within(1e-12));
        assertThat(quality.shareAssigned()).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void ari_matches_the_textbook_value_for_one_split_group() {
        // Reference {a,b} {c,d}, engine {a,b} {c} {d}: ARI = (1 − 1/3) / (3/2 − 1/3) = 4/7.
        ClusteringQuality quality = ClusteringQuality.of(
                groups("a", "1", "b", "1", "c", "2", "d", "3"), groups("a", "X", "b", "X", "c", "Y", "d", "Y"));
        assertThat(quality.adjustedRand()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(quality.precision()).isEqualTo(1.0);
        assertThat(quality.recall()).isEqualTo(0.5);
    }

    @Test
    void assigning_nothing_has_no_precision_no_recall_and_chance_level_ari() {
        ClusteringQuality quality =
                ClusteringQuality.of(groups("a", null, "b", null, "c", null), groups("a", "X", "b", "X", "c", null));
        assertThat(quality.precision()).isNaN();
        assertThat(quality.recall()).isEqualTo(0.0);
        assertThat(quality.adjustedRand()).isEqualTo(0.0);
        assertThat(quality.shareAssigned()).isEqualTo(0.0);
    }

    @Test
    void one_big_group_has_full_recall_but_the_precision_of_chance() {
        // Reference {a,b} {c,d}: all four together finds both pairs among six.
        ClusteringQuality quality = ClusteringQuality.of(
                groups("a", "1", "b", "1", "c", "1", "d", "1"), groups("a", "X", "b", "X", "c", "Y", "d", "Y"));
        assertThat(quality.recall()).isEqualTo(1.0);
        assertThat(quality.precision()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(quality.adjustedRand()).isEqualTo(0.0);
    }

    @Test
    void a_clustering_of_other_documents_is_refused() {
        assertThatThrownBy(() -> ClusteringQuality.of(groups("a", "1"), groups("b", "X")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
