package fr.convergences.convergence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * What a curation action did, in words, where the moderator is: a bar fixed at the bottom of the window (the page may
 * be 25,000 pixels long, a message at its top would go unseen), announced by screen readers, with "Annuler" when the
 * action can be undone. It stays until the next action or until closed.
 */
class CurationNotice extends Div {

    private final Span text = new Span();
    private final Button undo = new Button();
    private final Button close = new Button();
    /** What "Annuler" runs, once; null when the action shown cannot be undone, or was. */
    private @Nullable Runnable undoAction;

    CurationNotice() {
        setId("convergence-notice");
        addClassName("curation-notice");
        getElement().setAttribute("role", "status");
        getStyle()
                .set("position", "fixed")
                .set("bottom", "1rem")
                .set("left", "1rem")
                .set("right", "1rem")
                .set("z-index", "100")
                .set("padding", "0.75rem 1rem")
                .set("background", "var(--lumo-base-color, #fff)")
                .set("border", "2px solid var(--lumo-contrast-60pct, #555)")
                .set("border-radius", "0.5rem")
                .set("display", "flex")
                .set("gap", "1rem")
                .set("align-items", "center")
                .set("flex-wrap", "wrap");
        text.setId("convergence-notice-text");
        undo.setId("convergence-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        undo.addClickListener(click -> {
            Runnable action = undoAction;
            undoAction = null; // one undo per action
            if (action != null) {
                action.run();
            }
        });
        close.setId("convergence-notice-close");
        close.addClickListener(click -> setVisible(false));
        add(text, undo, close);
        setVisible(false);
    }

    /** Shows the message, with "Annuler" running {@code onUndo} when it is not null. */
    void show(String message, @Nullable Runnable onUndo, boolean error) {
        text.setText(message);
        getElement().setAttribute("role", error ? "alert" : "status");
        undo.setText(getTranslation("convergence.undo"));
        close.setText(getTranslation("convergence.notice.close"));
        undo.setVisible(onUndo != null);
        undoAction = onUndo;
        setVisible(true);
    }
}
