package fr.convergences.project.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.project.ProgressAttachment;
import fr.convergences.project.ProgressEntry;
import java.util.List;

/** An action's dated progress log, newest first, with each entry's attached documents; a status change says the new status. */
class ProgressLog extends Div {

    ProgressLog(List<ProgressEntry> entries, List<ProgressAttachment> attachments) {
        setId("action-progress");
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("project.action.progress.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ProgressEntry entry : entries) {
            ListItem item = new ListItem();
            item.add(new Span(getTranslation("project.progress.entry", Dates.of(entry.notedOn()))));
            if (entry.status() != null) {
                item.add(new Span(" "
                        + getTranslation(
                                "project.action.progress.status",
                                getTranslation(
                                        "project.status." + entry.status().name()))));
            }
            if (entry.text() != null) {
                item.add(new Paragraph(entry.text()));
            }
            List<ProgressAttachment> attached = attachments.stream()
                    .filter(a -> entry.id() != null && a.progressId() == entry.id())
                    .toList();
            if (!attached.isEmpty()) {
                UnorderedList documents = new UnorderedList();
                documents.addClassName("attachments");
                attached.forEach(a -> {
                    Anchor link = new Anchor(a.url(), a.label());
                    link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                    link.setRouterIgnore(true);
                    documents.add(new ListItem(link));
                });
                item.add(documents);
            }
            list.add(item);
        }
        add(list);
    }
}
