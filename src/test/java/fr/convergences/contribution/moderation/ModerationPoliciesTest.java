package fr.convergences.contribution.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.ContributionText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ModerationPoliciesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Contribution published() {
        return Contribution.create(
                1,
                2L,
                ContributionOrigin.ONLINE,
                null,
                new ContributionText(ContributionKind.NEED, "Titre", "Texte", null),
                true,
                NOW);
    }

    private static String refusal(Contribution contribution) {
        try {
            ParticipationPolicy.requireOpen(contribution);
            return "open";
        } catch (UserFacingException refused) {
            return refused.messageKey();
        }
    }

    @Test
    void only_a_published_visible_contribution_is_open_to_supports_comments_and_reports() {
        assertThat(refusal(published())).isEqualTo("open");
        assertThat(refusal(Contribution.create(
                        1,
                        2L,
                        ContributionOrigin.ONLINE,
                        null,
                        new ContributionText(ContributionKind.NEED, "Titre", "Texte", null),
                        false,
                        NOW)))
                .isEqualTo("contribution.unknown");
        assertThat(refusal(published().withdrawn(NOW))).isEqualTo("contribution.withdrawn");
        assertThat(refusal(published().withModeration(true, "Données de santé")))
                .isEqualTo("contribution.hidden");
        assertThat(ParticipationPolicy.isOpen(published().withdrawn(NOW))).isFalse();
    }

    @Test
    void a_decision_is_appealed_once_and_a_lifted_hiding_leaves_nothing_to_appeal() {
        ModerationDecision hiding = ModerationDecision.hide(1, 2, null, "Insultes", 3L, NOW);
        ModerationDecision redaction = ModerationDecision.redact(1, 2, null, "Nom d’un patient", 3L, "body", 9, NOW);

        assertThat(AppealPolicy.refusal(hiding, false, true)).isEmpty();
        assertThat(AppealPolicy.refusal(hiding, true, true)).contains("moderation.appeal.twice");
        assertThat(AppealPolicy.refusal(hiding, false, false)).contains("moderation.appeal.moot");
        assertThat(AppealPolicy.refusal(redaction, false, false))
                .as("a redaction always has an effect")
                .isEmpty();
        assertThat(AppealPolicy.refusal(redaction, true, false)).contains("moderation.appeal.twice");
    }

    @Test
    void a_suspension_is_in_force_from_its_start_until_its_end_or_until_lifted() {
        var suspension = new fr.convergences.identity.CouncilSuspension(
                1L, 1L, 2L, "Insultes", 3L, NOW, null, NOW.plusSeconds(3600), null, null, null, 0L);

        assertThat(suspension.inForceAt(NOW.minusSeconds(1))).isFalse();
        assertThat(suspension.inForceAt(NOW)).isTrue();
        assertThat(suspension.inForceAt(NOW.plusSeconds(3600)))
                .as("ends_at is excluded")
                .isFalse();
        assertThat(suspension.lifted(3L, "Excuses", NOW.plusSeconds(60)).inForceAt(NOW.plusSeconds(120)))
                .isFalse();
        assertThatThrownBy(() -> ParticipationPolicy.requireOpen(published().withdrawn(NOW)))
                .isInstanceOf(UserFacingException.class);
    }
}
