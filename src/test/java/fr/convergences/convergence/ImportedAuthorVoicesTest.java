package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows imported from another platform carry their author's hashed identity: one author's rows are one voice. */
class ImportedAuthorVoicesTest {

    private static ConvergenceStore.MemberRow imported(long id, String authorKey, String text) {
        return new ConvergenceStore.MemberRow(
                1, id, text, text, "IMPORTED", null, null, null, null, null, null, null, null, null, authorKey, null);
    }

    @Test
    void one_imported_author_with_several_rows_counts_as_one_voice_and_two_authors_as_two() {
        DistinctVoices.Voices voices = DistinctVoices.count(List.of(
                ConvergenceService.voice(imported(1, "a".repeat(64), "Plus de médecins dans les déserts médicaux")),
                ConvergenceService.voice(imported(2, "a".repeat(64), "Ouvrir des centres de santé en zone rurale")),
                ConvergenceService.voice(imported(3, "b".repeat(64), "Des généralistes à la campagne"))));

        assertThat(voices.distinct()).isEqualTo(2);
        assertThat(voices.kinds())
                .as("what the author is on the other platform is not known")
                .containsEntry(VoiceKind.UNKNOWN, 2);
    }

    @Test
    void the_same_text_imported_twice_without_an_author_counts_once_but_by_two_known_authors_twice() {
        String text = "Plus de médecins dans les déserts médicaux";
        DistinctVoices.Voices anonymous = DistinctVoices.count(List.of(
                ConvergenceService.voice(imported(1, null, text)), ConvergenceService.voice(imported(2, null, text))));
        DistinctVoices.Voices authored = DistinctVoices.count(List.of(
                ConvergenceService.voice(imported(1, "a".repeat(64), text)),
                ConvergenceService.voice(imported(2, "b".repeat(64), text))));

        assertThat(anonymous.distinct()).isEqualTo(1);
        assertThat(authored.distinct()).isEqualTo(2);
        assertThat(authored.probableDuplicates())
                .as("still shown to moderators")
                .containsExactly(new DistinctVoices.Duplicate(1, 2));
    }
}
