package fr.convergences.debate.outcome;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.paperform.TranscriptionForm;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/**
 * The organiser types in what was said at the debate, and the paper forms handed in there: each becomes a
 * contribution of the consultation, collected at the debate, with the participant's consent.
 */
@Route("debats/:id/saisie")
@StyleSheet("styles/debate.css")
@Prototype
public class DebateCaptureView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DebateService debates;
    private final DebateOutcomeService outcomes;
    private final CurrentUser currentUser;

    public DebateCaptureView(DebateService debates, DebateOutcomeService outcomes, CurrentUser currentUser) {
        this.debates = debates;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
        addClassName("debate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        if (!outcomes.canRecord(actor, id)) {
            throw new AccessDeniedException(Action.RECORD_DEBATE_OUTCOME);
        }
        Debate debate = debates.details(actor, id).debate();
        add(
                new H1(getTranslation("debate.capture.pageTitle")),
                new Anchor("debats/" + id, debate.title()),
                new Paragraph(getTranslation("debate.capture.intro")),
                new TranscriptionForm(
                        debates.consultation(debate.consultationId()).themes(),
                        debates.communes(debate.consultationId()),
                        false,
                        capture -> outcomes.capture(actor, id, capture)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.capture.pageTitle") + " · " + getTranslation("app.name");
    }
}
