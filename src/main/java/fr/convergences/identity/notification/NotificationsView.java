package fr.convergences.identity.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.i18n.Messages;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresSignIn;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;

/** The person's notifications, newest first, unread ones marked. */
@Route("notifications")
@RequiresSignIn
@Prototype
public class NotificationsView extends Div implements HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public NotificationsView(NotificationCenter center, CurrentUser currentUser) {
        addClassName("prose");
        Actor actor = currentUser.actor();
        Button markRead = new Button(getTranslation("notification.markAllRead"), event -> {
            center.markAllRead(actor);
            UI.getCurrent().getPage().reload();
        });
        markRead.setId("notifications-mark-read");
        add(
                new H1(getTranslation("notification.title")),
                markRead,
                new Anchor("notifications/preferences", getTranslation("notification.preferences.link")));
        UnorderedList list = new UnorderedList();
        list.setId("notifications");
        list.addClassName("card-list");
        for (Notification item : center.inbox(actor)) {
            ListItem card = new ListItem();
            card.addClassName("card");
            Span title = new Span(item.title());
            title.addClassName("card-title");
            card.add(
                    title,
                    new Span(Messages.moment(item.createdAt().atZone(PARIS), getLocale())
                            + (item.readAt() == null ? " · " + getTranslation("notification.unread") : "")),
                    new Paragraph(item.body()));
            if (item.link() != null && item.link().startsWith("/")) {
                card.add(new Anchor(item.link().substring(1), getTranslation("notification.open")));
            }
            list.add(card);
        }
        add(list.getComponentCount() == 0 ? new Paragraph(getTranslation("notification.none")) : list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title") + " · " + getTranslation("app.name");
    }
}
