package fr.convergences.consultation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.SafeMarkdown;
import java.time.LocalDate;

/** The top of a consultation's page: title, council, question, presentation, communes concerned and calendar. */
public class ConsultationHeader extends Div {

    public ConsultationHeader(ConsultationDetails details, LocalDate today) {
        add(
                new H1(details.consultation().title()),
                new Paragraph(details.councilName()),
                new H2(details.consultation().question()));
        if (details.consultation().description() != null) {
            add(SafeMarkdown.component(details.consultation().description()));
        }
        Paragraph scope = new Paragraph(
                details.scope().isEmpty()
                        ? getTranslation("consultation.scope.whole")
                        : getTranslation(
                                "consultation.scope.some",
                                String.join(", ", details.scope().values())));
        scope.setId("consultation-scope");
        add(scope);
        // An ordered list: the phases follow one another (they may overlap), and the current ones are marked in words.
        OrderedList phases = new OrderedList();
        phases.setId("phases");
        phases.addClassName("timeline");
        for (Phase phase : details.phases()) {
            ListItem item = new ListItem(getTranslation(
                    "label.value",
                    getTranslation("consultation.phase." + phase.kind().name()),
                    getTranslation(
                            "consultation.phase.period",
                            Messages.day(phase.startsOn(), getLocale()),
                            Messages.day(phase.endsOn(), getLocale()))));
            if (phase.isOpenOn(today)) {
                Span current = new Span(" — " + getTranslation("consultation.phase.current"));
                current.addClassName("current");
                item.add(current);
                item.addClassName("current-phase");
            }
            phases.add(item);
        }
        add(new H2(getTranslation("consultation.phases")), phases);
    }
}
