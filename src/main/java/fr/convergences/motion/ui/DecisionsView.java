package fr.convergences.motion.ui;

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
import fr.convergences.base.StoredId;
import fr.convergences.base.i18n.Messages;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;

/** A council's decisions: its motions, newest first, with their status; drafts too for its admins, who start new ones here. */
@Route("conseils/:slug/decisions")
@Prototype
public class DecisionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory directory;
    private final MotionService motions;
    private final CurrentUser currentUser;
    private String title = "";

    public DecisionsView(CouncilDirectory directory, MotionService motions, CurrentUser currentUser) {
        this.directory = directory;
        this.motions = motions;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Council council =
                directory.bySlug(event.getRouteParameters().get("slug").orElse(""));
        long councilId = StoredId.of(council.id());
        Actor actor = currentUser.actor();
        title = getTranslation("motion.decisions.title", council.name());
        add(new H1(title));
        Div links =
                new Div(new Anchor("conseils/" + council.slug() + "/seances", getTranslation("motion.sittings.link")));
        links.addClassName("page-links");
        if (motions.canDraft(actor, councilId)) {
            Anchor draft =
                    new Anchor("conseils/" + council.slug() + "/motions/nouvelle", getTranslation("motion.draft.link"));
            draft.setId("motion-new");
            links.add(new Paragraph(draft));
        } else if (motions.canTable(actor, councilId)) {
            Anchor table = new Anchor(
                    "conseils/" + council.slug() + "/motions/nouvelle?proposer", getTranslation("motion.table.link"));
            table.setId("motion-table");
            links.add(new Paragraph(table));
        }
        add(links);
        // The day of the decision in the council's territory: a vote closed at 00:30 in La Réunion is dated that day,
        // not the eve (Paris time).
        ZoneId zone = directory.zoneOf(council);
        UnorderedList list = new UnorderedList();
        list.setId("decisions");
        list.addClassName("card-list");
        for (Motion motion : motions.decisions(actor, councilId)) {
            ListItem card = new ListItem();
            card.addClassName("card");
            Anchor link = new Anchor("motions/" + motion.id(), motion.title());
            link.addClassName("card-title");
            String status = getTranslation("motion.kind." + motion.kind().name()) + " · "
                    + getTranslation("motion.status." + motion.status().name())
                    + (motion.decidedAt() == null
                            ? ""
                            : " · "
                                    + Messages.day(
                                            motion.decidedAt().atZone(zone).toLocalDate(), getLocale()));
            card.add(link, new Paragraph(status));
            list.add(card);
        }
        add(list.getComponentCount() == 0 ? new Paragraph(getTranslation("motion.decisions.none")) : list);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
