package fr.convergences.identity.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import fr.convergences.base.ui.NavbarItem;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import jakarta.inject.Singleton;

/** In the top bar for signed-in people: a link to the notifications, saying how many are unread. */
@Singleton
public class NotificationBell implements NavbarItem {

    private final NotificationCenter center;
    private final CurrentUser currentUser;

    public NotificationBell(NotificationCenter center, CurrentUser currentUser) {
        this.center = center;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create() {
        Actor actor = currentUser.actor();
        if (!actor.isAuthenticated()) {
            return new Span();
        }
        long unread = center.unreadCount(actor);
        Anchor bell = new Anchor("notifications");
        bell.setId("notification-bell");
        bell.setText(bell.getTranslation("notification.bell", unread));
        bell.getElement().setAttribute("aria-label", bell.getTranslation("notification.bell.label", unread));
        return bell;
    }
}
