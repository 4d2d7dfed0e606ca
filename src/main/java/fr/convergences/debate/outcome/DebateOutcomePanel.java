package fr.convergences.debate.outcome;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.ui.SafeMarkdown;
import fr.convergences.debate.DebateDetails;
import java.util.stream.Collectors;

/** What a debate gave: how many came, its minutes (sanitised Markdown), and the contributions captured there. */
public class DebateOutcomePanel extends Div {

    public DebateOutcomePanel(DebateDetails details) {
        setId("debate-outcome");
        details.attendance().ifPresent(attendance -> {
            Paragraph total = new Paragraph(getTranslation("debate.outcome.attendance", attendance.total()));
            total.setId("debate-attendance");
            add(new H2(getTranslation("debate.outcome.title")), total);
            if (!attendance.ageBands().isEmpty()) {
                add(new Paragraph(getTranslation(
                        "debate.outcome.byAge",
                        attendance.ageBands().entrySet().stream()
                                .map(entry -> getTranslation(
                                        "label.value",
                                        getTranslation("contribution.ageBand."
                                                + entry.getKey().name()),
                                        entry.getValue()))
                                .collect(Collectors.joining(" · ")))));
            }
            if (!attendance.profiles().isEmpty()) {
                add(new Paragraph(getTranslation(
                        "debate.outcome.byProfile",
                        attendance.profiles().entrySet().stream()
                                .map(entry -> getTranslation(
                                        "label.value",
                                        getTranslation("debate.profile."
                                                + entry.getKey().name()),
                                        entry.getValue()))
                                .collect(Collectors.joining(" · ")))));
            }
        });
        if (details.debate().minutes() != null) {
            Div minutes = new Div(SafeMarkdown.component(details.debate().minutes()));
            minutes.setId("debate-minutes");
            add(new H2(getTranslation("debate.outcome.minutes")), minutes);
        }
        if (!details.contributions().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("captured-contributions");
            details.contributions()
                    .forEach(contribution -> list.add(
                            new ListItem(new Anchor("contributions/" + contribution.id(), contribution.title()))));
            add(
                    new H2(getTranslation(
                            "debate.outcome.contributions",
                            details.contributions().size())),
                    list);
        }
    }
}
