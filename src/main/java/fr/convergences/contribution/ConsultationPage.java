package fr.convergences.contribution;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A consultation's public page: its question, phases, the contribution form while open, and the contributions. */
@Route("consultations/:id")
@Prototype
public class ConsultationPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ContributionService contributions;
    private final AnswerService answers;
    private final CurrentUser currentUser;
    private String title = "";

    public ConsultationPage(ConsultationService consultations, ContributionService contributions, AnswerService answers,
                            CurrentUser currentUser) {
        this.consultations = consultations;
        this.contributions = contributions;
        this.answers = answers;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        ConsultationDetails details = consultations.details(id);
        title = details.consultation().title();
        LocalDate today = LocalDate.now(details.zone());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        add(new H1(title), new Paragraph(details.councilName()), new H2(details.consultation().question()));
        if (details.consultation().description() != null) {
            add(new Paragraph(details.consultation().description()));
        }
        UnorderedList phases = new UnorderedList();
        phases.setId("phases");
        for (Phase phase : details.phases()) {
            phases.add(new ListItem(getTranslation("consultation.phase." + phase.kind().name()) + " : "
                    + getTranslation("consultation.phase.dates", dates.format(phase.startsOn()), dates.format(phase.endsOn()))
                    + (phase.isOpenOn(today) ? " — " + getTranslation("consultation.phase.current") : "")));
        }
        add(new H2(getTranslation("consultation.phases")), phases);
        if (details.isOpen(PhaseKind.CONTRIBUTIONS, today)) {
            add(new H2(getTranslation("contribution.form.title")), currentUser.actor().isAuthenticated()
                    ? new ContributionFormView(contributions, currentUser.actor(), details)
                    : new Paragraph(getTranslation("contribution.form.signIn")));
        }
        int published = contributions.published(id).size();
        Paragraph accountability = new Paragraph(getTranslation("contribution.answer.figure", answers.answeredCount(id), published));
        accountability.setId("answered-figure");
        add(new H2(getTranslation("contribution.list.title", published)), accountability, list(id, dates));
        Anchor openData = new Anchor("/api/consultations/" + id + "/contributions.csv", getTranslation("contribution.export.csv"));
        openData.setId("export-csv");
        add(new Paragraph(openData));
    }

    private UnorderedList list(long consultationId, DateTimeFormatter dates) {
        UnorderedList list = new UnorderedList();
        list.setId("contributions");
        list.addClassName("card-list");
        for (Contribution contribution : contributions.published(consultationId)) {
            ListItem card = new ListItem();
            card.addClassName("card");
            Anchor heading = new Anchor("contributions/" + contribution.id(), contribution.title());
            heading.addClassName("card-title");
            // Text components escape: a contribution's text is never interpreted as HTML.
            card.add(heading, new Span(getTranslation("contribution.kind." + contribution.kind().name())
                    + " · " + dates.format(contribution.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())),
                    new Paragraph(contribution.body()));
            list.add(card);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
