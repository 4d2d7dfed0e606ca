package fr.convergences.contribution;

import static fr.convergences.contribution.ModerationTestData.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationAppeal;
import fr.convergences.contribution.moderation.ModerationQueue;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.contribution.moderation.ModerationSummary;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.identity.notification.Notification;
import fr.convergences.identity.notification.NotificationCenter;
import fr.convergences.testing.TestOutbox;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppealIT {

    private ModerationTestData data;
    private ModerationService moderation;
    private Actor author;
    private long contribution;

    @BeforeEach
    void oneContribution() {
        data = new ModerationTestData();
        moderation = data.platform.bean(ModerationService.class);
        author = data.person("Autrice");
        contribution =
                data.contribution(author, "Fermeture des urgences la nuit", "Les urgences de Dourdan ferment la nuit.");
    }

    private boolean visible() {
        return data.platform.bean(ContributionService.class).published(data.consultation).stream()
                .anyMatch(c -> c.id() == contribution);
    }

    @Test
    void the_author_appeals_a_hiding_once_and_a_moderator_reversing_it_shows_the_contribution_again() {
        moderation.hide(data.moderator, contribution, "Hors sujet");
        long decision = data.latestDecision(contribution);
        DiscussionService discussions = data.platform.bean(DiscussionService.class);
        assertThat(discussions
                        .discussion(author, contribution, Locale.FRENCH)
                        .contribution()
                        .hidden())
                .as("its author still sees it")
                .isTrue();
        assertThatThrownBy(() -> discussions.discussion(data.person("Voisine"), contribution, Locale.FRENCH))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.hidden"));
        assertThat(moderation.page(author, contribution).ownDecisions())
                .singleElement()
                .satisfies(own -> assertThat(own.appealable()).isTrue());

        ModerationAppeal appeal =
                moderation.appeal(author, decision, "Ma contribution porte bien sur l’accès aux soins.");

        assertThatThrownBy(() -> moderation.appeal(author, decision, "Je réessaie"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.appeal.twice"));
        assertThat(moderation.page(author, contribution).ownDecisions())
                .singleElement()
                .satisfies(own -> {
                    assertThat(own.appealable()).isFalse();
                    assertThat(own.appeal().pending()).isTrue();
                });
        data.platform
                .bean(fr.convergences.identity.notification.OutboxDelivery.class)
                .runOnce(); // moderators are alerted through the outbox
        assertThat(data.platform.bean(NotificationCenter.class).inbox(data.moderator))
                .extracting(Notification::title)
                .contains("Un recours attend la modération");
        assertThat(data.platform.bean(ModerationQueue.class).appeals(data.moderator, data.council))
                .singleElement()
                .satisfies(pending -> assertThat(pending.appealText())
                        .isEqualTo("Ma contribution porte bien sur l’accès aux soins."));

        moderation.decideAppeal(
                data.moderator,
                appeal.id(),
                ModerationAppeal.Outcome.REVERSED,
                "Elle porte bien sur l’accès aux soins");

        assertThat(visible()).isTrue();
        assertThat(data.platform.bean(ModerationQueue.class).appeals(data.moderator, data.council))
                .isEmpty();
        assertThatThrownBy(() -> moderation.decideAppeal(
                        data.moderator, appeal.id(), ModerationAppeal.Outcome.UPHELD, "Changement d’avis"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.appeal.decided"));
        TestOutbox.deliverAll(data.platform);
        assertThat(data.platform.bean(NotificationCenter.class).inbox(author))
                .extracting(Notification::title)
                .contains("Votre recours est accepté", "Votre contribution a été masquée");
        assertThat(data.sql.column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", data.council))
                .containsExactly("contribution.hide", "moderation.appeal", "moderation.appeal.decide");
        // This council's journal only: the shared platform's other tests may audit reasons with the same words.
        assertThat(data.sql.count(
                        "SELECT count(*) FROM audit_entry WHERE chain_key = ? AND strpos(after_json, 'accès aux soins.') > 0",
                        data.council))
                .as("the appeal's text stays out of the audit log")
                .isZero();
        assertThat(data.platform
                        .bean(fr.convergences.identity.profile.ProfileService.class)
                        .exportPersonalData(author))
                .as("in the author's data download")
                .contains("\"moderation\"", "Ma contribution porte bien sur l’accès aux soins.", "REVERSED");
    }

    @Test
    void only_the_author_appeals_only_while_the_hiding_is_in_force_and_a_refusal_changes_nothing() {
        moderation.hide(data.moderator, contribution, "Hors sujet");
        long decision = data.latestDecision(contribution);
        String before = data.everything();

        assertThatThrownBy(() -> moderation.appeal(data.person("Autre"), decision, "Je conteste"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.appeal.notAuthor"));
        assertThatThrownBy(() -> moderation.appeal(Actor.ANONYMOUS, decision, "Je conteste"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.appeal(author, decision, "x".repeat(ModerationAppeal.TEXT_MAX_LENGTH + 1)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.appeal.text.tooLong"));
        assertThatThrownBy(() -> moderation.appeal(author, -1, "Je conteste"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.decision.unknown"));
        assertThat(data.everything().split(",")).containsExactly(before.split(","));

        moderation.restore(data.moderator, contribution, "Relu");
        assertThatThrownBy(() -> moderation.appeal(author, decision, "Je conteste"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.appeal.moot"));
    }

    @Test
    void reversing_a_redaction_cannot_bring_the_words_back_and_the_public_notice_says_it_was_annulled() {
        moderation.redact(data.moderator, contribution, "de Dourdan", "Lieu trop précis");
        long decision = data.latestDecision(contribution);
        ModerationAppeal appeal = moderation.appeal(author, decision, "Dourdan n’est pas une personne.");

        moderation.decideAppeal(
                data.moderator, appeal.id(), ModerationAppeal.Outcome.REVERSED, "Un lieu public n’identifie personne");

        assertThat(data.find(contribution).body()).isEqualTo("Les urgences […] ferment la nuit.");
        assertThat(moderation.page(Actor.ANONYMOUS, contribution).redactions())
                .singleElement()
                .satisfies(notice -> assertThat(notice.reversed()).isTrue());
        TestOutbox.deliverAll(data.platform);
        assertThat(data.platform.bean(NotificationCenter.class).inbox(author))
                .extracting(Notification::body)
                .anyMatch(body -> body.contains("le passage masqué ne peut pas être rétabli"));
    }

    @Test
    void the_author_of_a_hidden_comment_appeals_and_an_upheld_decision_keeps_it_hidden() {
        DiscussionService discussions = data.platform.bean(DiscussionService.class);
        Actor commenter = data.person("Commentateur");
        long comment = discussions
                .comment(commenter, contribution, null, Stance.AGAINST, "Publicité pour ma clinique")
                .id();
        discussions.hideComment(data.moderator, comment, "Publicité");
        ModerationSummary.OwnDecision own =
                moderation.page(commenter, contribution).ownDecisions().getFirst();
        assertThat(own.subject()).isEqualTo("Publicité pour ma clinique");
        assertThat(moderation.page(author, contribution).ownDecisions())
                .as("not the contribution's author's")
                .isEmpty();

        ModerationAppeal appeal = moderation.appeal(commenter, own.decision().id(), "Ce n’est pas de la publicité.");
        moderation.decideAppeal(data.moderator, appeal.id(), ModerationAppeal.Outcome.UPHELD, "Lien commercial");

        assertThat(data.sql.column("SELECT hidden FROM contribution_comment WHERE id = ?", comment))
                .containsExactly(true);
        TestOutbox.deliverAll(data.platform);
        assertThat(data.platform.bean(NotificationCenter.class).inbox(commenter))
                .extracting(Notification::title)
                .contains("Votre recours a été examiné\u00a0: la décision est maintenue");
    }
}
