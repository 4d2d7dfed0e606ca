package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditWindowTest {

    private static final Instant PUBLISHED = Instant.parse("2027-05-01T10:00:00Z");
    private final EditWindow window = new EditWindow(Duration.ofMinutes(15));

    private static Contribution published() {
        return Contribution.create(
                1L,
                7L,
                ContributionOrigin.ONLINE,
                null,
                new ContributionText(ContributionKind.PROPOSAL, "Titre", "Texte", null),
                true,
                PUBLISHED);
    }

    @Test
    void the_author_can_rewrite_a_contribution_nobody_answered_within_the_window() {
        assertThat(window.allowsEdit(published(), 0, 0, PUBLISHED.plusSeconds(14 * 60)))
                .isTrue();
    }

    @Test
    void the_window_closes_after_its_length() {
        assertThat(window.allowsEdit(published(), 0, 0, PUBLISHED.plusSeconds(15 * 60)))
                .isFalse();
    }

    @Test
    void a_first_support_or_comment_closes_the_window_early() {
        assertThat(window.allowsEdit(published(), 1, 0, PUBLISHED.plusSeconds(60)))
                .isFalse();
        assertThat(window.allowsEdit(published(), 0, 1, PUBLISHED.plusSeconds(60)))
                .isFalse();
    }

    @Test
    void withdrawn_or_hidden_contributions_cannot_be_rewritten() {
        assertThat(window.allowsEdit(published().withdrawn(PUBLISHED), 0, 0, PUBLISHED.plusSeconds(60)))
                .isFalse();
        assertThat(window.allowsEdit(published().withModeration(true, "motif"), 0, 0, PUBLISHED.plusSeconds(60)))
                .isFalse();
    }
}
