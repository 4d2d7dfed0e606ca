package fr.convergences.consultation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** The newest consultations (at most {@link ConsultationService.PublicList#LIMIT}), each leading to its page; the count of the rest in words. */
@Route("consultations")
@Menu(order = 10, title = "consultation.nav")
@Prototype
public class ConsultationsView extends Div implements HasDynamicTitle {

    public ConsultationsView(ConsultationService consultations) {
        addClassName("prose");
        add(new H1(getTranslation("consultation.list.title")));
        UnorderedList list = new UnorderedList();
        list.setId("consultations");
        list.addClassName("card-list");
        ConsultationService.PublicList shown = consultations.publicList();
        for (Consultation consultation : shown.newest()) {
            ListItem card = new ListItem();
            card.addClassName("card");
            Anchor title = new Anchor("consultations/" + consultation.id(), consultation.title());
            title.addClassName("card-title");
            card.add(title, new Paragraph(consultation.question()));
            list.add(card);
        }
        add(list.getComponentCount() == 0 ? new Paragraph(getTranslation("consultation.list.none")) : list);
        if (shown.rest() > 0) {
            Paragraph rest = new Paragraph(getTranslation("consultation.list.rest", shown.rest()));
            rest.setId("consultations-rest");
            add(rest);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.list.title") + " · " + getTranslation("app.name");
    }
}
