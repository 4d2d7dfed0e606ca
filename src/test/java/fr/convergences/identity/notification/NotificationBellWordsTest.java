package fr.convergences.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.i18n.Messages;
import org.junit.jupiter.api.Test;

/** What the bell says, read the way a reader of each language expects it, the empty inbox included. */
class NotificationBellWordsTest {

    @Test
    void an_empty_inbox_is_said_in_words_and_shows_no_count() {
        assertThat(Messages.format("notification.bell.label", Messages.FRENCH, 0L))
                .isEqualTo("Notifications\u00a0: aucune non lue");
        assertThat(Messages.format("notification.bell.label", Messages.ENGLISH, 0L))
                .isEqualTo("Notifications: none unread");
        assertThat(Messages.format("notification.bell", Messages.FRENCH, 0L)).isEqualTo("Notifications");
        assertThat(Messages.format("notification.bell", Messages.ENGLISH, 0L)).isEqualTo("Notifications");
    }

    @Test
    void unread_notifications_are_counted_with_the_right_plural() {
        assertThat(Messages.format("notification.bell.label", Messages.FRENCH, 1L))
                .isEqualTo("Notifications\u00a0: 1 non lue");
        assertThat(Messages.format("notification.bell.label", Messages.FRENCH, 3L))
                .isEqualTo("Notifications\u00a0: 3 non lues");
        assertThat(Messages.format("notification.bell.label", Messages.ENGLISH, 3L))
                .isEqualTo("Notifications: 3 unread");
        assertThat(Messages.format("notification.bell", Messages.FRENCH, 3L)).isEqualTo("Notifications (3)");
    }
}
