package fr.convergences.contribution.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.ContributionText;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void a_passage_is_replaced_exactly_and_everywhere_by_the_marker() {
        Redaction redaction = new Redaction("Mme Durand");
        String text = "Mme Durand a un cancer. mme durand n’est pas Mme Durand-Petit.";

        assertThat(redaction.occurrencesIn(text)).isEqualTo(2);
        assertThat(redaction.applyTo(text)).isEqualTo("[…] a un cancer. mme durand n’est pas […]-Petit.");
    }

    @Test
    void the_passage_is_trimmed_and_never_shorter_than_the_marker_so_no_text_grows() {
        assertThat(new Redaction("  M. X  ").passage()).isEqualTo("M. X");
        assertThatThrownBy(() -> new Redaction("X"))
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey())
                        .isEqualTo("moderation.redaction.passage.tooShort"));
        assertThatThrownBy(() -> new Redaction("   "))
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey())
                        .isEqualTo("moderation.redaction.passage.required"));
    }

    @Test
    void overlapping_repetitions_count_as_the_replacement_does() {
        Redaction redaction = new Redaction("abab");
        assertThat(redaction.occurrencesIn("ababab")).isEqualTo(1);
        assertThat(redaction.applyTo("ababab")).isEqualTo("[…]ab");
        assertThat(redaction.occurrencesIn(null)).isZero();
        // A reason never given stays absent.
        assertThat(redaction.applyToIfPresent(null)).isNull();
        assertThat(redaction.applyToIfPresent("abababab")).isEqualTo("[…][…]");
    }

    @Test
    void a_contribution_redaction_names_each_field_where_the_passage_was_found_never_the_passage() {
        Contribution contribution = Contribution.create(
                1,
                2L,
                ContributionOrigin.ONLINE,
                null,
                new ContributionText(
                        ContributionKind.TESTIMONY, "Le cas de M. Martin", "M. Martin attend depuis un an.", null),
                true,
                java.time.Instant.now());
        TextRedaction found = TextRedaction.of(
                contribution,
                new Redaction("M. Martin"),
                java.util.List.of(
                        new TextRedaction.Revision(1, "Titre", "M. Martin, diabétique"),
                        new TextRedaction.Revision(2, "Titre", "Rien")),
                java.util.List.of(new TextRedaction.Addendum(7, "Encore M. Martin et M. Martin")));

        assertThat(found.fields()).containsExactly("title", "body", "revision.1.body", "addendum.7");
        assertThat(found.occurrences()).isEqualTo(5);
        assertThat(found.revisions()).extracting(TextRedaction.Revision::number).containsExactly(1);
        assertThat(String.join(",", found.fields())).doesNotContain("Martin");
    }
}
