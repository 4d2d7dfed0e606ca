package fr.convergences.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an action that cannot be undone (publishing, closing a vote or a sitting): a dialog names the action and its
 * consequence, and the action runs only from its confirm button. Texts come translated from the caller's bundle.
 */
public final class Confirmation {

    private Confirmation() {
    }

    /**
     * Opens the dialog. The confirm button gets {@code confirmId}, so that a browser test (or a person using a screen reader)
     * finds it as surely as the button that opened the dialog.
     */
    public static void ask(String header, String text, String confirmLabel, String cancelLabel, String confirmId, Runnable action) {
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
}
