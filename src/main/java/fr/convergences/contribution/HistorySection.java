package fr.convergences.contribution;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.i18n.Messages;
import java.time.ZoneId;
import java.util.List;

/** The author's dated addenda, and every earlier version of the text: what others supported stays readable. */
public class HistorySection extends Div {

    public HistorySection(List<Addendum> addenda, List<Revision> revisions, ZoneId zone) {
        if (!addenda.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("addenda");
            addenda.forEach(addendum -> list.add(new ListItem(
                    new Span(getTranslation(
                            "contribution.addendum.dated",
                            Messages.moment(addendum.createdAt().atZone(zone), getLocale()))),
                    new Paragraph(addendum.body()))));
            add(new H2(getTranslation("contribution.addendum.title")), list);
        }
        if (!revisions.isEmpty()) {
            UnorderedList list = new UnorderedList();
            revisions.forEach(revision -> list.add(new ListItem(
                    new Span(getTranslation(
                            "contribution.history.version",
                            revision.number(),
                            Messages.moment(revision.replacedAt().atZone(zone), getLocale()))),
                    new Paragraph(revision.title()),
                    new Paragraph(revision.body()))));
            Details history = new Details(getTranslation("contribution.history.title", revisions.size()), list);
            history.setId("history");
            add(history);
        }
    }
}
