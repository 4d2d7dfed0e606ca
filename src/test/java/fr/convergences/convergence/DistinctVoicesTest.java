package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistinctVoicesTest {

    private static DistinctVoices.Member member(long id, String source, VoiceKind kind, String text) {
        return new DistinctVoices.Member(id, source, kind, text);
    }

    @Test
    void rows_of_one_source_count_as_one_voice() {
        DistinctVoices.Voices voices = DistinctVoices.count(List.of(
                member(1, "organisation:7", VoiceKind.ASSOCIATION, "Plus de médecins dans les déserts médicaux"),
                member(2, "organisation:7", VoiceKind.ASSOCIATION, "Ouvrir des centres de santé en zone rurale"),
                member(3, "account:4", VoiceKind.RESIDENT, "Des généralistes à la campagne")));

        assertThat(voices.distinct()).isEqualTo(2);
        assertThat(voices.kinds()).isEqualTo(Map.of(VoiceKind.ASSOCIATION, 1, VoiceKind.RESIDENT, 1));
    }

    @Test
    void the_same_text_from_unknown_sources_counts_once_and_is_shown_as_a_probable_duplicate() {
        DistinctVoices.Voices voices = DistinctVoices.count(List.of(
                member(1, null, VoiceKind.UNKNOWN, "Il faut plus de médecins dans les déserts médicaux !"),
                member(2, null, VoiceKind.UNKNOWN, "il faut plus de medecins dans les deserts medicaux"),
                member(3, null, VoiceKind.UNKNOWN, "Recruter des soignants en EHPAD")));

        assertThat(voices.distinct()).isEqualTo(2);
        assertThat(voices.probableDuplicates()).containsExactly(new DistinctVoices.Duplicate(1, 2));
    }

    @Test
    void two_known_people_writing_the_same_words_are_two_voices_but_still_a_probable_duplicate() {
        DistinctVoices.Voices voices = DistinctVoices.count(List.of(
                member(1, "account:1", VoiceKind.RESIDENT, "Il faut plus de médecins dans les déserts médicaux"),
                member(2, "account:2", VoiceKind.RESIDENT, "Il faut plus de médecins dans les déserts médicaux")));

        assertThat(voices.distinct()).isEqualTo(2);
        assertThat(voices.probableDuplicates()).hasSize(1);
    }

    @Test
    void paraphrases_by_different_people_are_not_duplicates() {
        DistinctVoices.Voices voices = DistinctVoices.count(List.of(
                member(1, null, VoiceKind.UNKNOWN, "Il faut plus de médecins généralistes dans les déserts médicaux"),
                member(
                        2,
                        null,
                        VoiceKind.UNKNOWN,
                        "Il faut davantage de médecins généralistes dans les déserts médicaux ruraux")));

        assertThat(voices.distinct()).isEqualTo(2);
        assertThat(voices.probableDuplicates()).isEmpty();
    }

    @Test
    void a_voice_known_as_an_organisation_keeps_that_kind_when_a_duplicate_row_does_not_say_it() {
        DistinctVoices.Voices voices = DistinctVoices.count(List.of(
                member(1, null, VoiceKind.UNKNOWN, "Un bus vers l’hôpital de Dourdan"),
                member(2, "organisation:3", VoiceKind.ASSOCIATION, "Un bus vers l’hôpital de Dourdan")));

        assertThat(voices.distinct()).isEqualTo(1);
        assertThat(voices.kinds()).isEqualTo(Map.of(VoiceKind.ASSOCIATION, 1));
    }

    @Test
    void a_duplicate_merged_by_a_moderator_counts_once_whatever_its_source_and_is_no_longer_probable() {
        DistinctVoices.Voices voices = DistinctVoices.count(List.of(
                member(1, "account:1", VoiceKind.RESIDENT, "Il faut plus de médecins dans les déserts médicaux"),
                new DistinctVoices.Member(
                        2, "account:2", VoiceKind.RESIDENT, "Il faut plus de médecins dans les déserts médicaux", 1L),
                member(3, "account:3", VoiceKind.RESIDENT, "Des généralistes à la campagne")));

        assertThat(voices.distinct()).isEqualTo(2);
        assertThat(voices.probableDuplicates()).isEmpty();
        assertThat(voices.merged()).containsExactly(new DistinctVoices.Duplicate(1, 2));
    }
}
