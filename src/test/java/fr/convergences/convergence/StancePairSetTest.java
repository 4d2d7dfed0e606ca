package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.convergence.io.InputProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StancePairSetTest {

    @Test
    void the_items_of_one_subject_make_opposing_and_control_pairs_within_their_part(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("pairs.jsonl");
        Files.writeString(file, """
                {"id":"p-12","title":"Taxer le kérosène","text":"Il faut taxer le kérosène des avions","subject":"12","stance":"+1","part":"dev","source":"a-1"}
                {"id":"c-1","text":"Je suis contre, cela tuera les vols régionaux","subject":"12","stance":"-1","part":"dev","source":"a-2"}
                {"id":"c-2","text":"Oui, enfin","subject":"12","stance":"+1","part":"dev"}
                {"id":"p-13","text":"Il faut rouvrir les petites lignes","subject":"13","stance":"+1","part":"heldout"}
                {"id":"c-5","text":"Non, trop cher","subject":"13","stance":"-1","part":"heldout"}
                """);

        StancePairSet set = StancePairSet.read(file);

        assertThat(set.items()).hasSize(5);
        assertThat(set.part("dev").pairs())
                .containsExactly(
                        new PairStanceQuality.Pair("p-12", "c-1", true),
                        new PairStanceQuality.Pair("p-12", "c-2", false),
                        new PairStanceQuality.Pair("c-1", "c-2", true));
        assertThat(set.part("heldout").pairs()).containsExactly(new PairStanceQuality.Pair("p-13", "c-5", true));
        assertThat(set.part("dev").documents().getFirst().title()).isEqualTo("Taxer le kérosène");
    }

    @Test
    void an_item_without_a_stance_people_gave_is_refused_with_its_line(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("pairs.jsonl");
        Files.writeString(file, """
                {"id":"p-12","text":"Il faut taxer le kérosène","subject":"12","stance":"+1","part":"dev"}
                {"id":"c-4","text":"Pourquoi pas","subject":"12","stance":"0","part":"dev"}
                """);

        assertThatThrownBy(() -> StancePairSet.read(file))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining("line 2");
    }
}
