package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynthesisDifferencesTest {

    private static SynthesisStructure structure(
            String introduction, List<SynthesisStructure.Group> groups, List<Long> others) {
        return new SynthesisStructure(List.of(new SynthesisStructure.ThemePart(
                "theme:1", "Accès aux soins", introduction, groups, List.of(), others)));
    }

    private static final SynthesisStructure.Group DOCTORS =
            new SynthesisStructure.Group("Des médecins", List.of(1L, 2L), List.of(1L, 2L));

    @Test
    void the_same_document_has_no_differences() {
        SynthesisStructure same = structure("Intro", List.of(DOCTORS), List.of(3L));
        assertThat(SynthesisDifferences.between("T", "F", same, "T", "F", same)).isEmpty();
    }

    @Test
    void a_new_convergence_a_rewritten_introduction_and_a_new_title_are_each_reported() {
        SynthesisStructure before = structure("Intro", List.of(), List.of(1L, 2L, 3L));
        SynthesisStructure after = structure("Intro réécrite", List.of(DOCTORS), List.of(3L, 4L));
        assertThat(SynthesisDifferences.between("T", "F", before, "T2", "F", after))
                .extracting(SynthesisDifferences.Difference::key)
                .containsExactlyInAnyOrder(
                        "synthesis.diff.title",
                        "synthesis.diff.introduction",
                        "synthesis.diff.convergence.added",
                        "synthesis.diff.contributions.added");
    }

    @Test
    void a_theme_gone_and_contributions_gone_are_reported() {
        SynthesisStructure before = new SynthesisStructure(List.of(
                new SynthesisStructure.ThemePart(
                        "theme:1", "Accès aux soins", "", List.of(DOCTORS), List.of(), List.of()),
                new SynthesisStructure.ThemePart("theme:2", "Grand âge", "", List.of(), List.of(), List.of(5L))));
        SynthesisStructure after = structure("", List.of(DOCTORS), List.of());
        assertThat(SynthesisDifferences.between("T", "F", before, "T", "F", after))
                .containsExactly(
                        new SynthesisDifferences.Difference("synthesis.diff.theme.removed", List.of("Grand âge")),
                        new SynthesisDifferences.Difference("synthesis.diff.contributions.removed", List.of(1L)));
    }
}
