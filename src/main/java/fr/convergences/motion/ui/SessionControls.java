package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.VotingSession;

/** The secretariat opens and closes a session by hand (set times do it by themselves). */
class SessionControls extends Div {

    SessionControls(VotingSessionService sessions, Actor actor, VotingSession session, StatusMessage status) {
        if (session.status() == VotingSession.Status.PLANNED) {
            Button open = new Button(
                    getTranslation("motion.session.open"),
                    click -> act(status, () -> sessions.open(actor, session.storedId())));
            open.setId("open-session-" + session.id());
            add(open);
        }
        if (session.status() == VotingSession.Status.OPEN) {
            Button close = new Button(
                    getTranslation("motion.session.close"),
                    click -> Confirmation.ask(
                            getTranslation("motion.confirm.closeSession.header"),
                            getTranslation("motion.confirm.closeSession.text"),
                            getTranslation("motion.session.close"),
                            getTranslation("motion.confirm.cancel"),
                            "confirm-close-session-" + session.id(),
                            () -> act(status, () -> sessions.close(actor, session.storedId()))));
            close.setId("close-session-" + session.id());
            add(close);
        }
    }

    private static void act(StatusMessage status, Runnable action) {
        try {
            action.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
