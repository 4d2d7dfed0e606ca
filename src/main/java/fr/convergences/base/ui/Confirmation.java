package fr.convergences.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Says in words what an action has just done ("Votre contribution est publiée."), in a Vaadin notification that
 * survives the navigation that often follows the action, where a status message under the form would vanish with it.
 * Screen readers announce it (Vaadin's notification card is a polite live region).
 */
public final class Confirmation {

    /** Long enough to read a two-line sentence; the notification can also be closed earlier by clicking it. */
    static final int DURATION_MS = 6000;

    private Confirmation() {
    }

    /** Shows the (already translated) sentence; the id lets tests and assistive tools find it. */
    public static Notification show(String text) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setId("confirmation");
        notification.getElement().addEventListener("click", event -> notification.close());
        notification.open();
        return notification;
    }
}
