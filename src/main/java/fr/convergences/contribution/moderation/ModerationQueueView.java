package fr.convergences.contribution.moderation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.StoredId;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.function.Function;

/**
 * The moderators' queue of a council: reported or hidden contributions and comments (most reported first, each
 * with a way to suspend its author), pending appeals to decide, and the suspensions in force, which can be lifted.
 */
@Route("conseils/:slug/moderation")
@Prototype
public class ModerationQueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory councils;
    private final ModerationQueue queue;
    private final ModerationService moderation;
    private final SuspensionService suspensions;
    private final CurrentUser currentUser;
    private final StatusMessage status = new StatusMessage();

    public ModerationQueueView(
            CouncilDirectory councils,
            ModerationQueue queue,
            ModerationService moderation,
            SuspensionService suspensions,
            CurrentUser currentUser) {
        this.councils = councils;
        this.queue = queue;
        this.moderation = moderation;
        this.suspensions = suspensions;
        this.currentUser = currentUser;
        addClassName("prose");
        status.setId("moderation-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Council council = councils.bySlug(event.getRouteParameters().get("slug").orElse(""));
        Actor actor = currentUser.actor();
        long councilId = StoredId.of(council.id());
        List<ModerationQueue.Item> contributions = queue.contributions(actor, councilId);
        List<ModerationQueue.Item> comments = queue.comments(actor, councilId);
        List<ModerationQueue.PendingAppeal> appeals = queue.appeals(actor, councilId);
        boolean canSuspend = suspensions.canSuspend(actor, councilId);
        QueueLists lists =
                new QueueLists(this, getLocale(), moderation, suspensions, actor, councilId, canSuspend, status);
        add(new H1(getTranslation("contribution.queue.title", council.name())), status);
        section(
                "moderation-queue",
                "moderation.queue.contributions",
                "contribution.queue.empty",
                contributions,
                lists::contribution);
        section(
                "moderation-comments",
                "moderation.queue.comments",
                "moderation.queue.comments.empty",
                comments,
                lists::comment);
        section(
                "moderation-appeals",
                "moderation.queue.appeals",
                "moderation.queue.appeals.empty",
                appeals,
                lists::appeal);
        if (canSuspend) {
            section(
                    "moderation-suspensions",
                    "moderation.queue.suspensions",
                    "moderation.queue.suspensions.empty",
                    suspensions.inForce(actor, councilId),
                    lists::suspension);
        }
    }

    private <T> void section(String id, String titleKey, String emptyKey, List<T> items, Function<T, ListItem> line) {
        add(new H2(getTranslation(titleKey, items.size())));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation(emptyKey)));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        items.forEach(item -> list.add(line.apply(item)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contribution.queue.heading") + " · " + getTranslation("app.name");
    }
}
