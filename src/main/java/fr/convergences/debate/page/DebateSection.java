package fr.convergences.debate.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.ui.SafeMarkdown;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.contribution.ConsultationExtension;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateDates;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.DebateShare;
import fr.convergences.debate.DebateStatus;
import fr.convergences.debate.paperform.PaperForms;
import fr.convergences.identity.Actor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The debates part of a consultation's page: those to come and those past (with their minutes), the share of the
 * consultation's contributions captured at debates, and, for organisers, the links to propose a debate and to print
 * paper forms.
 */
@Singleton
class DebateSection implements ConsultationExtension {

    private final DebateService debates;
    private final PaperForms paperForms;
    private final Clock clock;

    DebateSection(DebateService debates, PaperForms paperForms, Clock clock) {
        this.debates = debates;
        this.paperForms = paperForms;
        this.clock = clock;
    }

    @Override
    public Component sectionFor(ConsultationDetails consultation, Actor actor) {
        long id = Objects.requireNonNull(consultation.consultation().id(), "a stored consultation has an id");
        Div section = new Div();
        section.setId("debates-section");
        section.add(new H2(section.getTranslation("debate.section.title")));
        if (debates.canOrganise(actor, id)) {
            Anchor organise = new Anchor(
                    "consultations/" + id + "/debats/nouveau", section.getTranslation("debate.section.organise"));
            organise.setId("organise-debate-link");
            section.add(new Paragraph(organise));
        }
        if (paperForms.canIssue(actor, id)) {
            Anchor forms = new Anchor(
                    "consultations/" + id + "/formulaires", section.getTranslation("debate.section.paperForms"));
            forms.setId("paper-forms-link");
            section.add(new Paragraph(forms));
        }
        DebateShare share = debates.share(id);
        Paragraph figure = new Paragraph(
                section.getTranslation("debate.section.share", share.captured(), share.total(), share.percent()));
        figure.setId("debate-share");
        section.add(figure);
        Instant now = clock.instant();
        List<Debate> all = debates.ofConsultation(actor, id);
        List<Debate> upcoming =
                all.stream().filter(debate -> !debate.isOver(now)).toList();
        List<Debate> past = all.stream()
                .filter(debate -> debate.isOver(now) && !debate.isCancelled())
                .toList()
                .reversed();
        section.add(new H3(section.getTranslation("debate.section.upcoming")));
        section.add(
                upcoming.isEmpty()
                        ? new Paragraph(section.getTranslation("debate.section.noneUpcoming"))
                        : list("upcoming-debates", upcoming, consultation, section, false));
        section.add(new H3(section.getTranslation("debate.section.past")));
        section.add(
                past.isEmpty()
                        ? new Paragraph(section.getTranslation("debate.section.nonePast"))
                        : list("past-debates", past, consultation, section, true));
        return section;
    }

    private static java.util.Locale locale() {
        return com.vaadin.flow.component.UI.getCurrent() == null
                ? java.util.Locale.FRENCH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    private UnorderedList list(
            String id, List<Debate> shown, ConsultationDetails consultation, Component context, boolean withMinutes) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("debate-summaries");
        for (Debate debate : shown) {
            ListItem item = new ListItem(
                    new Anchor("debats/" + debate.id(), debate.title()),
                    new Span(" — "
                            + DebateDates.when(debate.startsAt(), debate.endsAt(), consultation.zone(), locale())));
            if (debate.status() != DebateStatus.PUBLISHED) {
                Span badge = new Span(context.getTranslation(
                        "debate.status." + debate.status().name()));
                badge.addClassName("badge");
                item.add(badge);
            }
            if (withMinutes && debate.minutes() != null) {
                Details minutes = new Details(
                        context.getTranslation("debate.section.minutes"), SafeMarkdown.component(debate.minutes()));
                minutes.addClassName("debate-minutes-summary");
                item.add(minutes);
            }
            list.add(item);
        }
        return list;
    }
}
