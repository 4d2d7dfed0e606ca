package fr.convergences.convergence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.convergences.convergence.ConvergencePageSection;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.notification.FollowButton;
import fr.convergences.identity.notification.FollowedKind;
import fr.convergences.identity.notification.Follows;
import io.micronaut.context.annotation.Prototype;
import java.util.Comparator;
import java.util.List;

/**
 * One convergence on its own page, the address that motions, actions and the contribution trail link to: its card
 * (voices, quotes, members), what answers it (sections of the features to the right) and the button to follow it.
 * A convergence the viewer may not see answers as an unknown page (404), like an unknown id.
 */
@Route("convergences/:id")
@Prototype
public class ConvergencePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConvergenceService convergences;
    private final Follows follows;
    private final List<ConvergencePageSection> sections;
    private final CurrentUser currentUser;
    private String title = "";

    public ConvergencePage(
            ConvergenceService convergences,
            Follows follows,
            List<ConvergencePageSection> sections,
            CurrentUser currentUser) {
        this.convergences = convergences;
        this.follows = follows;
        this.sections = sections;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = currentUser.actor();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        ConvergenceService.ConvergenceView view = convergences.one(actor, id).orElse(null);
        if (view == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = view.convergence().label();
        long consultationId = view.convergence().consultationId();
        Anchor all = new Anchor(
                "consultations/" + consultationId + "/convergences", getTranslation("convergence.single.all"));
        all.setId("convergence-all");
        add(all, new H1(title), new Paragraph(getTranslation("convergence.single.intro")));
        add(new ConvergenceCard(view, null, null, true));
        sections.stream()
                .sorted(Comparator.comparingInt(ConvergencePageSection::order))
                .forEach(section -> section.section(id, actor).ifPresent(this::add));
        add(new FollowButton(follows, actor, FollowedKind.CONVERGENCE, id, "/convergences/" + id));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
