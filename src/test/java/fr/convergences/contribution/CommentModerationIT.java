package fr.convergences.contribution;

import static fr.convergences.contribution.ModerationTestData.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationQueue;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.identity.notification.Notification;
import fr.convergences.identity.notification.NotificationCenter;
import fr.convergences.testing.TestOutbox;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommentModerationIT {

    private ModerationTestData data;
    private DiscussionService discussions;
    private ModerationQueue queue;
    private Actor commenter;
    private long contribution;
    private long comment;

    @BeforeEach
    void oneComment() {
        data = new ModerationTestData();
        discussions = data.platform.bean(DiscussionService.class);
        queue = data.platform.bean(ModerationQueue.class);
        contribution = data.contribution(data.person("Autrice"), "Un centre de santé à Étampes", "Il en manque un.");
        commenter = data.person("Troll");
        comment = discussions
                .comment(commenter, contribution, null, Stance.AGAINST, "Propos injurieux envers l’autrice")
                .id();
    }

    private Comment shownTo(Actor viewer) {
        return discussions
                .discussion(viewer, contribution, Locale.FRENCH)
                .threads()
                .getFirst()
                .comment();
    }

    @Test
    void a_comment_is_reported_once_per_person_and_the_moderators_are_alerted_at_the_first_report() {
        Actor reporter = data.person("Vigilante");
        discussions.reportComment(reporter, comment, "Insulte");
        assertThatThrownBy(() -> discussions.reportComment(reporter, comment, "Encore"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.comment.report.twice"));
        discussions.reportComment(data.person("Second"), comment, "Insulte aussi");
        assertThatThrownBy(() -> discussions.reportComment(data.person("Sans motif"), comment, "  "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.report.reason"));
        assertThatThrownBy(() -> discussions.reportComment(Actor.ANONYMOUS, comment, "Anonyme"))
                .isInstanceOf(AccessDeniedException.class);

        data.platform
                .bean(fr.convergences.identity.notification.OutboxDelivery.class)
                .runOnce(); // moderators are alerted through the outbox
        assertThat(data.platform.bean(NotificationCenter.class).inbox(data.moderator))
                .extracting(Notification::title)
                .containsExactly("Un commentaire a été signalé");
        assertThat(queue.comments(data.moderator, data.council)).singleElement().satisfies(item -> {
            assertThat(item.commentId()).isEqualTo(comment);
            assertThat(item.reports()).isEqualTo(2);
            assertThat(item.text()).isEqualTo("Propos injurieux envers l’autrice");
            assertThat(item.authorName()).isEqualTo("Troll");
        });
    }

    @Test
    void a_hidden_comment_is_a_placeholder_for_the_public_but_readable_by_moderators_and_its_author_until_restored() {
        discussions.hideComment(data.moderator, comment, "Insulte envers une personne");

        assertThat(shownTo(Actor.ANONYMOUS)).satisfies(shown -> {
            assertThat(shown.hidden()).isTrue();
            assertThat(shown.body()).isEmpty();
        });
        assertThat(shownTo(data.person("Voisin")).body()).isEmpty();
        assertThat(shownTo(data.moderator).body()).isEqualTo("Propos injurieux envers l’autrice");
        assertThat(shownTo(commenter).hiddenReason()).isEqualTo("Insulte envers une personne");
        assertThat(discussions
                        .discussion(Actor.ANONYMOUS, contribution, Locale.FRENCH)
                        .stanceCounts()
                        .get(Stance.AGAINST))
                .isZero();
        assertThat(queue.comments(data.moderator, data.council))
                .singleElement()
                .satisfies(item -> assertThat(item.hidden()).isTrue());
        assertThatThrownBy(() ->
                        discussions.comment(data.person("Répondant"), contribution, comment, Stance.FOR, "Je réponds"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.comment.hidden"));
        assertThatThrownBy(() -> discussions.reportComment(data.person("Tardif"), comment, "Insulte"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.comment.hidden"));

        discussions.restoreComment(data.moderator, comment, "Propos reformulés");

        assertThat(shownTo(Actor.ANONYMOUS).body()).isEqualTo("Propos injurieux envers l’autrice");
        assertThat(data.sql.column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", data.council))
                .containsExactly("comment.hide", "comment.restore");
        TestOutbox.deliverAll(data.platform);
        assertThat(data.platform.bean(NotificationCenter.class).inbox(commenter))
                .extracting(Notification::title)
                .containsExactly("Votre commentaire est de nouveau visible", "Votre commentaire a été masqué");
    }

    @Test
    void only_the_councils_moderators_hide_a_comment_and_a_refusal_changes_nothing() {
        String before = data.everything();

        assertThatThrownBy(() -> discussions.hideComment(commenter, comment, "Je me masque"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussions.hideComment(new ModerationTestData().moderator, comment, "Autre conseil"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discussions.hideComment(data.moderator, comment, ""))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.moderation.reason"));
        assertThatThrownBy(() -> discussions.hideComment(data.moderator, -1, "Motif"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("moderation.comment.unknown"));

        assertThat(data.everything().split(",")).containsExactly(before.split(","));
    }
}
