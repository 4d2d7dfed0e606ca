package fr.convergences.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import fr.convergences.base.UserFacingException;

/**
 * A message under a form, announced by screen readers (role="alert" for errors, "status" for
 * success). Hidden while empty, so that it takes no room and says nothing.
 */
public class StatusMessage extends Paragraph {

    public StatusMessage() {
        setVisible(false);
        addClassName("status-message");
    }

    public void error(UserFacingException refusal) {
        error(getTranslation(refusal.messageKey(), refusal.arguments()));
    }

    public void error(String text) {
        show(text, "alert", "status-error");
    }

    public void success(String text) {
        show(text, "status", "status-success");
    }

    public void clear() {
        setText("");
        setVisible(false);
    }

    private void show(String text, String role, String className) {
        removeClassNames("status-error", "status-success");
        addClassName(className);
        getElement().setAttribute("role", role);
        setText(text);
        setVisible(true);
        // After a click at the bottom of a long form, the message at its top would go unseen.
        getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }
}
