package fr.convergences.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The two confirmations around an action: {@link #ask} before one that cannot be undone (publishing, closing a vote or
 * a sitting, redacting), {@link #show} after any action, to say in words what it did. Texts come translated from the
 * caller's bundle.
 */
public final class Confirmation {

    /** Long enough to read a two-line sentence; the notification can also be closed earlier by clicking it. */
    static final int DURATION_MS = 6000;

    private Confirmation() {}

    /**
     * Opens a dialog naming the action and its consequence; the action runs only from its confirm button. The confirm
     * button gets {@code confirmId}, so that a browser test (or a person using a screen reader) finds it as surely as the
     * button that opened the dialog.
     */
    public static void ask(
            String header, String text, String confirmLabel, String cancelLabel, String confirmId, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(cancelLabel);
        Button confirm = new Button(confirmLabel, click -> {
            dialog.close();
            action.run();
        });
        confirm.setId(confirmId);
        confirm.setDisableOnClick(true);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    /**
     * Says what an action has just done ("Votre contribution est publiée."), in a Vaadin notification that survives the
     * navigation that often follows the action, where a status message under the form would vanish with it. Screen
     * readers announce it (Vaadin's notification card is a polite live region). The id lets tests and assistive tools find it.
     */
    public static Notification show(String text) {
        Notification notification = new Notification(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setId("confirmation");
        notification.getElement().addEventListener("click", event -> notification.close());
        notification.open();
        return notification;
    }
}
