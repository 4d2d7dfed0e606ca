package fr.convergences.project.diagnostic;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;

/** The diagnostic's admin forms share this: a button that runs a use case, then shows the page again or says why not. */
final class Forms {

    private Forms() {}

    static Button button(String label, String id, StatusMessage status, Runnable change) {
        Button button = new Button(label, click -> run(status, change));
        button.setId(id);
        return button;
    }

    static void run(StatusMessage status, Runnable change) {
        try {
            change.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
