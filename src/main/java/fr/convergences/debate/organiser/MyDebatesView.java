package fr.convergences.debate.organiser;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.consultation.Consultation;
import fr.convergences.debate.DebateDates;
import fr.convergences.debate.DebateStore.OrganisedRow;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresSignIn;
import io.micronaut.context.annotation.Prototype;
import java.util.List;

/** "Mes débats": where an organiser starts — debates to propose, their proposed, coming and past debates, and what is left to do. */
@Route("debats/miens")
@RequiresSignIn
@StyleSheet("styles/debate.css")
@Prototype
public class MyDebatesView extends Div implements HasDynamicTitle {

    public MyDebatesView(OrganiserSpace space, CurrentUser currentUser) {
        addClassNames("prose", "debate-page");
        Actor actor = currentUser.actor();
        OrganiserSpace.Groups groups = space.of(actor);
        List<Consultation> open = space.whereToPropose(actor);
        add(new H1(getTranslation("debate.mine.title")));
        if (!open.isEmpty()) {
            UnorderedList propose = new UnorderedList();
            propose.setId("my-debates-propose");
            open.forEach(consultation -> propose.add(new ListItem(new Anchor(
                    "consultations/" + consultation.id() + "/debats/nouveau",
                    getTranslation("debate.mine.proposeIn", consultation.title())))));
            add(new H2(getTranslation("debate.mine.propose")), propose);
        }
        if (groups.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("debate.mine.none"));
            none.setId("my-debates-none");
            add(none);
            return;
        }
        section("my-debates-proposed", "debate.mine.proposed", groups.proposed());
        section("my-debates-upcoming", "debate.mine.upcoming", groups.upcoming());
        section("my-debates-past", "debate.mine.past", groups.past());
    }

    private void section(String id, String titleKey, List<OrganisedDebate> debates) {
        if (debates.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("my-debates");
        for (OrganisedDebate item : debates) {
            OrganisedRow debate = item.debate();
            ListItem entry = new ListItem(new Anchor("debats/" + debate.id(), debate.title()));
            entry.setId("my-debate-" + debate.id());
            entry.add(new Paragraph(DebateDates.when(debate.startsAt(), debate.endsAt(), debate.zone(), getLocale())
                    + " · "
                    + getTranslation("debate.mine.status." + debate.status().name()) + " · "
                    + getTranslation(
                            "debate.registrations.counts", debate.confirmed(), debate.capacity(), debate.waiting())));
            Paragraph steps = new Paragraph();
            steps.addClassName("next-steps");
            steps.add(new Span(getTranslation("debate.mine.next") + " "));
            if (item.steps().isEmpty()) {
                steps.add(new Span(getTranslation("debate.mine.nothingLeft")));
            }
            for (int i = 0; i < item.steps().size(); i++) {
                NextStep step = item.steps().get(i);
                String label = getTranslation("debate.mine.step." + step.name());
                String path = step.path(debate.id());
                steps.add(path == null ? new Span(label) : new Anchor(path, label));
                if (i < item.steps().size() - 1) {
                    steps.add(new Span(" · "));
                }
            }
            entry.add(steps);
            list.add(entry);
        }
        add(new H2(getTranslation(titleKey, debates.size())), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.mine.title") + " · " + getTranslation("app.name");
    }
}
