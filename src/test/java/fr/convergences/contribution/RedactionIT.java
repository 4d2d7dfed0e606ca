package fr.convergences.contribution;

import static fr.convergences.contribution.ModerationTestData.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.contribution.discussion.Discussion;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.identity.notification.Notification;
import fr.convergences.identity.notification.NotificationCenter;
import fr.convergences.testing.TestOutbox;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedactionIT {

    private static final String PASSAGE = "Mme Durand, ma voisine, a un cancer";

    private ModerationTestData data;
    private ModerationService moderation;
    private Actor author;
    private long contribution;

    @BeforeEach
    void testimonyNamingSomeone() {
        data = new ModerationTestData();
        moderation = data.platform.bean(ModerationService.class);
        author = data.person("Témoin");
        // Two earlier versions and an addendum, left by the author's own edits: the first version and the addendum name
        // the person too.
        contribution = data.contribution(author, "Attente", "Première version : " + PASSAGE + ".");
        ContributionService contributions = data.platform.bean(ContributionService.class);
        contributions.edit(author, contribution, testimony("Attente", "Sans nom."));
        contributions.edit(
                author,
                contribution,
                testimony("Attente : " + PASSAGE, "Depuis six mois, " + PASSAGE + " et attend un rendez-vous."));
        contributions.addAddendum(author, contribution, "Ajout : " + PASSAGE + " depuis mars.");
        // A report quoting the passage, and the moderators' alert that carries the title.
        moderation.report(data.person("Vigilant"), contribution, "Cite « " + PASSAGE + " »");
        fr.convergences.testing.TestOutbox.deliverAll(data.platform);
    }

    private static ContributionForm testimony(String title, String body) {
        return new ContributionForm(ContributionKind.TESTIMONY, title, body, Set.of(), null);
    }

    /** Rows about this contribution (other tests use the same passage) that still hold the text. */
    private long occurrencesInDatabase(String text) {
        return data.sql.count(
                """
                SELECT (SELECT count(*) FROM contribution WHERE id = ? AND (strpos(title, ?) > 0 OR strpos(body, ?) > 0))
                     + (SELECT count(*) FROM contribution_revision WHERE contribution_id = ? AND (strpos(title, ?) > 0 OR strpos(body, ?) > 0))
                     + (SELECT count(*) FROM contribution_addendum WHERE contribution_id = ? AND strpos(body, ?) > 0)
                     + (SELECT count(*) FROM contribution_report WHERE contribution_id = ? AND strpos(reason, ?) > 0)
                     + (SELECT count(*) FROM notification WHERE link = ? AND (strpos(title, ?) > 0 OR strpos(body, ?) > 0))
                     + (SELECT count(*) FROM notification_job WHERE link = ? AND strpos(array_to_string(arguments, ' ')
                                   || array_to_string(coalesce(typed_arguments, '{}'), ' '), ?) > 0)
                     + (SELECT count(*) FROM audit_entry WHERE chain_key = ? AND (strpos(before_json, ?) > 0 OR strpos(after_json, ?) > 0))""",
                contribution,
                text,
                text,
                contribution,
                text,
                text,
                contribution,
                text,
                contribution,
                text,
                "/contributions/" + contribution,
                text,
                text,
                "/contributions/" + contribution,
                text,
                data.council,
                text,
                text);
    }

    @Test
    void the_passage_is_gone_from_every_table_and_the_public_sees_a_dated_notice() {
        long versionBefore = data.find(contribution).version();
        assertThat(occurrencesInDatabase(PASSAGE))
                .as("before, the moderators' alert in the outbox included")
                .isEqualTo(6);

        moderation.redact(
                data.moderator, contribution, "  " + PASSAGE + " ", "Donnée de santé d’une personne identifiable");

        assertThat(occurrencesInDatabase(PASSAGE)).isZero();
        assertThat(occurrencesInDatabase("Durand")).as("not even a part of it").isZero();
        Contribution redacted = data.find(contribution);
        assertThat(redacted.title()).isEqualTo("Attente : […]");
        assertThat(redacted.body()).isEqualTo("Depuis six mois, […] et attend un rendez-vous.");
        assertThat(redacted.version()).isGreaterThan(versionBefore);
        assertThat(data.sql.column(
                        "SELECT body FROM contribution_revision WHERE contribution_id = ? ORDER BY number",
                        contribution))
                .containsExactly("Première version : […].", "Sans nom.");
        assertThat(data.sql.column("SELECT body FROM contribution_addendum WHERE contribution_id = ?", contribution))
                .containsExactly("Ajout : […] depuis mars.");

        String audit = (String) data.sql
                .column(
                        "SELECT after_json FROM audit_entry WHERE chain_key = ? AND action = 'contribution.redact'",
                        data.council)
                .getFirst();
        assertThat(audit)
                .contains(
                        "Donnée de santé d’une personne identifiable",
                        "\"removedLength\":" + 4 * PASSAGE.length(),
                        "title",
                        "body",
                        "revision.1.body",
                        "addendum.")
                .doesNotContain("Durand");

        assertThat(moderation.page(Actor.ANONYMOUS, contribution).redactions())
                .singleElement()
                .satisfies(
                        notice -> assertThat(notice.reason()).isEqualTo("Donnée de santé d’une personne identifiable"));
        TestOutbox.deliverAll(data.platform);
        assertThat(data.platform.bean(NotificationCenter.class).inbox(author))
                .extracting(Notification::title)
                .contains("Un passage de votre contribution a été masqué");
        assertThat(data.platform.bean(NotificationCenter.class).inbox(author))
                .extracting(Notification::body)
                .noneMatch(body -> body.contains("Durand"));
    }

    @Test
    void refusals_change_nothing_a_passage_not_found_or_in_another_case_and_anyone_but_a_moderator() {
        String before = data.everything();

        assertThatThrownBy(() -> moderation.redact(data.moderator, contribution, "mme durand", "Donnée de santé"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.redaction.notFound"));
        assertThatThrownBy(() -> moderation.redact(data.moderator, contribution, "X", "Donnée de santé"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.redaction.passage.tooShort"));
        assertThatThrownBy(() -> moderation.redact(data.moderator, contribution, PASSAGE, " "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.moderation.reason"));
        assertThatThrownBy(() -> moderation.redact(author, contribution, PASSAGE, "Je retire"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        moderation.redact(new ModerationTestData().moderator, contribution, PASSAGE, "Autre conseil"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(data.everything().split(",")).containsExactly(before.split(","));
    }

    @Test
    void a_comment_passage_is_redacted_with_its_report_and_the_discussion_shows_the_notice() {
        DiscussionService discussions = data.platform.bean(DiscussionService.class);
        Actor commenter = data.person("Commentatrice");
        long comment = discussions
                .comment(commenter, contribution, null, Stance.FOR, "Je connais " + PASSAGE + " aussi.")
                .id();
        discussions.reportComment(data.person("Attentif"), comment, "Nomme « " + PASSAGE + " »");

        discussions.redactComment(data.moderator, comment, PASSAGE, "Personne identifiable");

        assertThat(data.sql.column("SELECT body FROM contribution_comment WHERE id = ?", comment))
                .containsExactly("Je connais […] aussi.");
        assertThat(data.sql.count("SELECT count(*) FROM comment_report WHERE strpos(reason, ?) > 0", PASSAGE))
                .isZero();
        assertThat(data.sql.count("SELECT count(*) FROM audit_entry WHERE strpos(after_json, ?) > 0", "Durand"))
                .isZero();
        assertThat(data.sql.column(
                        "SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq DESC LIMIT 1", data.council))
                .containsExactly("comment.redact");
        Discussion discussion = discussions.discussion(Actor.ANONYMOUS, contribution, Locale.FRENCH);
        Comment shown = discussion.threads().getFirst().comment();
        assertThat(discussion.redactionsOf(shown))
                .singleElement()
                .satisfies(notice -> assertThat(notice.reason()).isEqualTo("Personne identifiable"));
        TestOutbox.deliverAll(data.platform);
        assertThat(data.platform.bean(NotificationCenter.class).inbox(commenter))
                .extracting(Notification::title)
                .contains("Un passage de votre commentaire a été masqué");
        assertThatThrownBy(() -> discussions.redactComment(commenter, comment, "connais", "Moi"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
