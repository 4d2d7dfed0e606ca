package fr.convergences.contribution;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.identity.CurrentUser;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/** The moderators' queue: reported or hidden contributions of the council, most reported first. */
@Route("conseils/:slug/moderation")
@Prototype
public class ModerationQueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory councils;
    private final ModerationService moderation;
    private final CurrentUser currentUser;

    public ModerationQueueView(CouncilDirectory councils, ModerationService moderation, CurrentUser currentUser) {
        this.councils = councils;
        this.moderation = moderation;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Council council = councils.bySlug(event.getRouteParameters().get("slug").orElse(""));
        List<ModerationService.QueueItem> queue = moderation.queue(currentUser.actor(), council.id());
        add(new H1(getTranslation("contribution.queue.title", council.name())));
        UnorderedList list = new UnorderedList();
        list.setId("moderation-queue");
        queue.forEach(item -> list.add(new ListItem(new Anchor("contributions/" + item.contributionId(), item.title()),
                new Paragraph(getTranslation("contribution.queue.line", item.reports(),
                        getTranslation(item.hidden() ? "contribution.queue.hidden" : "contribution.queue.visible"))))));
        add(queue.isEmpty() ? new Paragraph(getTranslation("contribution.queue.empty")) : list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contribution.queue.heading") + " · " + getTranslation("app.name");
    }
}
