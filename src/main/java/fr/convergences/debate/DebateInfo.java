package fr.convergences.debate;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.ui.SafeMarkdown;
import fr.convergences.consultation.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What a debate is: when, where (with its accessibility), online link, audience, seats, themes, presentation and agenda. */
public class DebateInfo extends Div {

    private final Span seatsValue = new Span();

    public DebateInfo(DebateDetails details) {
        Debate debate = details.debate();
        addClassName("debate-info");
        Anchor consultation = new Anchor("consultations/" + debate.consultationId(), details.consultationTitle());
        consultation.setId("debate-consultation");
        add(new Paragraph(new Span(getTranslation("debate.page.consultation") + " "), consultation));
        UnorderedList facts = new UnorderedList();
        facts.setId("debate-facts");
        facts.addClassName("debate-facts");
        facts.add(fact("debate.page.organiser", details.organiser()));
        facts.add(fact(
                "debate.page.when", DebateDates.when(debate.startsAt(), debate.endsAt(), details.zone(), getLocale())));
        if (debate.place() != null) {
            facts.add(fact(
                    "debate.page.where",
                    debate.place() + (details.communeName() == null ? "" : ", " + details.communeName())));
            List<String> access = new ArrayList<>();
            if (debate.stepFree()) {
                access.add(getTranslation("debate.access.stepFree"));
            }
            if (debate.hearingLoop()) {
                access.add(getTranslation("debate.access.hearingLoop"));
            }
            if (debate.accessibilityNotes() != null) {
                access.add(debate.accessibilityNotes());
            }
            facts.add(fact(
                    "debate.page.accessibility",
                    access.isEmpty() ? getTranslation("debate.access.none") : String.join(" · ", access)));
        }
        if (debate.onlineUrl() != null) {
            Span label = new Span(getTranslation("debate.page.online") + " ");
            label.addClassName("fact-label");
            ListItem online = new ListItem(label);
            Anchor link = new Anchor(debate.onlineUrl(), debate.onlineUrl());
            link.setId("debate-online-link");
            link.getElement().setAttribute("rel", "nofollow noopener");
            online.add(link);
            facts.add(online);
        }
        facts.add(fact(
                "debate.page.audience",
                getTranslation("debate.audience." + debate.audience().name())
                        + (debate.audienceDetails() == null ? "" : " — " + debate.audienceDetails())));
        Span seatsLabel = new Span(getTranslation("debate.page.seats") + " ");
        seatsLabel.addClassName("fact-label");
        ListItem seats = new ListItem(seatsLabel, seatsValue);
        seats.setId("debate-seats");
        showSeats(details);
        facts.add(seats);
        if (!details.themes().isEmpty()) {
            facts.add(fact(
                    "debate.page.themes",
                    details.themes().stream().map(Theme::name).collect(Collectors.joining(", "))));
        }
        add(facts, new H2(getTranslation("debate.page.presentation")), SafeMarkdown.component(debate.description()));
        if (!details.agenda().isEmpty()) {
            OrderedList agenda = new OrderedList();
            agenda.setId("debate-agenda");
            details.agenda().forEach(item -> agenda.add(new ListItem(item)));
            add(new H2(getTranslation("debate.page.agenda")), agenda);
        }
    }

    /** Writes the seats left and the waiting list anew (the page refreshes them while it is open). */
    public void showSeats(DebateDetails details) {
        seatsValue.setText(getTranslation(
                "debate.page.seats.value", details.debate().capacity(), details.seatsLeft(), details.waiting()));
    }

    private ListItem fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + " ");
        label.addClassName("fact-label");
        return new ListItem(label, new Span(value));
    }
}
