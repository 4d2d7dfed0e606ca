package fr.convergences.contribution;

import fr.convergences.contribution.moderation.ModerationQueue;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import org.junit.jupiter.api.Test;

import static fr.convergences.contribution.ModerationTestData.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Moderators read the reporters' reasons, in the queue and on the contribution, and may dismiss the reports with a reason. */
class ReportDismissalIT {

    private final ModerationTestData data = new ModerationTestData();
    private final ModerationService moderation = data.platform.bean(ModerationService.class);
    private final ModerationQueue queue = data.platform.bean(ModerationQueue.class);

    @Test
    void reasons_are_shown_to_moderators_and_a_dismissal_with_a_reason_takes_the_contribution_out_of_the_queue() {
        Actor author = data.person("Autrice");
        long contribution = data.contribution(author, "Les urgences de Corbeil", "Six heures d’attente, c’est honteux.");
        moderation.report(data.person("Premier"), contribution, "Propos agressifs envers le personnel");
        moderation.report(data.person("Second"), contribution, "Hors sujet");

        assertThat(queue.contributions(data.moderator, data.council)).filteredOn(item -> item.contributionId() == contribution).singleElement()
                .satisfies(item -> assertThat(item.reasons()).containsExactly("Propos agressifs envers le personnel", "Hors sujet"));
        assertThat(moderation.pendingReports(data.moderator, contribution)).extracting(ModerationService.PendingReport::reason)
                .containsExactly("Propos agressifs envers le personnel", "Hors sujet");

        String before = data.everything();
        assertThatThrownBy(() -> moderation.dismissReports(author, contribution, "Je ne suis pas d’accord")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.pendingReports(author, contribution)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.dismissReports(data.moderator, contribution, "  "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.dismiss.reason"));
        assertThat(data.everything()).as("a refusal changes nothing").isEqualTo(before);

        assertThat(moderation.dismissReports(data.moderator, contribution, "Critique du service, conforme à la charte")).isEqualTo(2);

        assertThat(queue.contributions(data.moderator, data.council)).noneMatch(item -> item.contributionId() == contribution);
        assertThat(moderation.pendingReports(data.moderator, contribution)).isEmpty();
        assertThat(data.sql.column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", data.council))
                .contains("contribution.report.dismiss");
        assertThat(data.sql.count("SELECT count(*) FROM contribution_report WHERE contribution_id = ? AND dismissal_reason = ?",
                contribution, "Critique du service, conforme à la charte")).as("the reports stay, with the reason").isEqualTo(2);
        assertThatThrownBy(() -> moderation.dismissReports(data.moderator, contribution, "Encore"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.dismiss.nothing"));
    }
}
