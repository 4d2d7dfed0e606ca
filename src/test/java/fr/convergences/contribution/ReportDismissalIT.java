package fr.convergences.contribution;

import static fr.convergences.contribution.ModerationTestData.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationQueue;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import org.junit.jupiter.api.Test;

/**
 * Moderators read the reporters' reasons, in the queue and on the contribution, and may dismiss the reports on a
 * contribution or on a comment with a reason; the reporters are told.
 */
class ReportDismissalIT {

    private final ModerationTestData data = new ModerationTestData();
    private final ModerationService moderation = data.platform.bean(ModerationService.class);
    private final ModerationQueue queue = data.platform.bean(ModerationQueue.class);
    private final DiscussionService discussions = data.platform.bean(DiscussionService.class);

    @Test
    void reasons_are_shown_to_moderators_and_a_dismissal_with_a_reason_takes_the_contribution_out_of_the_queue() {
        Actor author = data.person("Autrice");
        long contribution =
                data.contribution(author, "Les urgences de Corbeil", "Six heures d’attente, c’est honteux.");
        Actor first = data.person("Premier");
        moderation.report(first, contribution, "Propos agressifs envers le personnel");
        moderation.report(data.person("Second"), contribution, "Hors sujet");

        assertThat(queue.contributions(data.moderator, data.council))
                .filteredOn(item -> item.contributionId() == contribution)
                .singleElement()
                .satisfies(item -> assertThat(item.reasons())
                        .containsExactly("Propos agressifs envers le personnel", "Hors sujet"));
        assertThat(moderation.pendingReports(data.moderator, contribution))
                .extracting(ModerationService.PendingReport::reason)
                .containsExactly("Propos agressifs envers le personnel", "Hors sujet");

        String before = data.everything();
        assertThatThrownBy(() -> moderation.dismissReports(author, contribution, "Je ne suis pas d’accord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.pendingReports(author, contribution))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.dismissReports(data.moderator, contribution, "  "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.dismiss.reason"));
        assertThat(data.everything()).as("a refusal changes nothing").isEqualTo(before);

        assertThat(moderation.dismissReports(data.moderator, contribution, "Critique du service, conforme à la charte"))
                .isEqualTo(2);

        assertThat(queue.contributions(data.moderator, data.council))
                .noneMatch(item -> item.contributionId() == contribution);
        assertThat(moderation.pendingReports(data.moderator, contribution)).isEmpty();
        assertThat(data.sql.column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", data.council))
                .contains("contribution.report.dismiss");
        assertThat(data.sql.count(
                        "SELECT count(*) FROM contribution_report WHERE contribution_id = ? AND dismissal_reason = ?",
                        contribution,
                        "Critique du service, conforme à la charte"))
                .as("the reports stay, with the reason")
                .isEqualTo(2);
        assertThatThrownBy(() -> moderation.dismissReports(data.moderator, contribution, "Encore"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.dismiss.nothing"));
        fr.convergences.testing.TestOutbox.deliverAll(data.platform);
        assertThat(data.sql.column(
                        "SELECT body FROM notification WHERE account_id = ? AND kind = 'MODERATION_DECISION'",
                        first.accountId()))
                .as("the reporter is told, with the moderator's reason")
                .singleElement()
                .asString()
                .contains("Les urgences de Corbeil")
                .contains("Critique du service, conforme à la charte");
    }

    @Test
    void a_comment_report_is_dismissed_with_a_reason_audited_and_its_reporters_told_and_only_by_a_moderator() {
        long contribution =
                data.contribution(data.person("Auteur"), "Le centre de santé de Massy", "Il manque un pédiatre.");
        Actor commenter = data.person("Commentatrice");
        long comment = discussions
                .comment(commenter, contribution, null, Stance.AGAINST, "Le pédiatre vient le mardi.")
                .id();
        long other = discussions
                .comment(commenter, contribution, null, Stance.FOR, "D’accord.")
                .id();
        Actor first = data.person("Lectrice");
        Actor second = data.person("Lecteur");
        discussions.reportComment(first, comment, "Information fausse");
        discussions.reportComment(second, comment, "Ton condescendant");
        discussions.reportComment(second, other, "Doublon");

        assertThat(moderation.pendingCommentReasons(data.moderator, contribution))
                .containsEntry(comment, java.util.List.of("Information fausse", "Ton condescendant"))
                .containsEntry(other, java.util.List.of("Doublon"));
        String before = data.everything();
        assertThatThrownBy(() -> moderation.dismissCommentReports(commenter, comment, "Rien à redire"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.pendingCommentReasons(commenter, contribution))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.dismissCommentReports(data.moderator, comment, " "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.dismiss.reason"));
        assertThat(data.everything()).as("a refusal changes nothing").isEqualTo(before);

        assertThat(moderation.dismissCommentReports(
                        data.moderator, comment, "Le commentaire corrige une erreur, sans excès"))
                .isEqualTo(2);

        assertThat(queue.comments(data.moderator, data.council))
                .noneMatch(item -> Long.valueOf(comment).equals(item.commentId()))
                .anyMatch(item -> Long.valueOf(other).equals(item.commentId()));
        assertThat(moderation.pendingCommentReasons(data.moderator, contribution))
                .doesNotContainKey(comment)
                .containsKey(other);
        assertThat(data.sql.column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", data.council))
                .contains("comment.report.dismiss");
        assertThat(data.sql.count(
                        "SELECT count(*) FROM comment_report WHERE comment_id = ? AND dismissal_reason IS NOT NULL",
                        comment))
                .as("the reports stay, with the reason")
                .isEqualTo(2);
        assertThatThrownBy(() -> moderation.dismissCommentReports(data.moderator, comment, "Encore"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.comment.dismiss.nothing"));

        fr.convergences.testing.TestOutbox.deliverAll(data.platform);
        for (Actor reporter : java.util.List.of(first, second)) {
            assertThat(data.sql.column(
                            "SELECT body FROM notification WHERE account_id = ? AND kind = 'MODERATION_DECISION'",
                            reporter.accountId()))
                    .singleElement()
                    .asString()
                    .contains("Le centre de santé de Massy")
                    .contains("sans excès");
        }
    }
}
