package fr.convergences.contribution.page;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationHeader;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.ConsultationExtension;
import fr.convergences.contribution.ContributionFilters;
import fr.convergences.contribution.ContributionFormView;
import fr.convergences.contribution.ContributionList;
import fr.convergences.contribution.ContributionListService;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.ContributionQuery;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.ContributionSlice;
import fr.convergences.contribution.ContributionWindow;
import fr.convergences.contribution.DraftList;
import fr.convergences.contribution.ListParameters;
import fr.convergences.contribution.SimilarContributions;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.contribution.exchange.ContributionImportService;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A consultation's public page: its question and calendar, the contribution form while open (with the
 * writer's drafts), the accountability figures, and the contributions, sorted, filtered and paged.
 */
@Route("consultations/:id")
@Prototype
public class ConsultationPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ContributionService contributions;
    private final ContributionListService browser;
    private final MediationService mediation;
    private final AnswerService answers;
    private final List<SimilarContributions> similar;
    private final ContributionImportService imports;
    private final List<ConsultationExtension> extensions;
    private final CurrentUser currentUser;
    private String title = "";
    // The page of the list this view showed last: another page of the same consultation starts at the list (issue 15).
    private long shownConsultation = -1;
    private int shownPage = 0;

    public ConsultationPage(
            ConsultationService consultations,
            ContributionService contributions,
            ContributionListService browser,
            MediationService mediation,
            AnswerService answers,
            List<SimilarContributions> similar,
            ContributionImportService imports,
            List<ConsultationExtension> extensions,
            CurrentUser currentUser) {
        this.consultations = consultations;
        this.contributions = contributions;
        this.browser = browser;
        this.mediation = mediation;
        this.answers = answers;
        this.similar = similar;
        this.imports = imports;
        this.extensions = extensions;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The same view is reused when only the URL's parameters change: start from an empty page.
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        ConsultationDetails details = consultations.details(id);
        Actor actor = currentUser.actor();
        title = details.consultation().title();
        LocalDate today = LocalDate.now(details.zone());
        add(new ConsultationHeader(details, today));
        if (consultations.canEdit(actor, id)) {
            Anchor edit = new Anchor("consultations/" + id + "/modifier", getTranslation("consultation.edit.link"));
            edit.setId("consultation-edit-link");
            add(new Paragraph(edit));
        }
        if (ContributionWindow.accepts(details, ContributionOrigin.ONLINE, today)) {
            add(new H2(getTranslation("contribution.form.title")));
            if (actor.isAuthenticated()) {
                add(new ContributionFormView(
                        contributions,
                        similar.stream().findFirst().orElse(null),
                        mediation.organisationsOf(actor),
                        actor,
                        details,
                        consultations.territoryCommunes(details.consultation().councilId()),
                        null));
                add(new DraftList(contributions.drafts(actor, id)));
            } else {
                add(new Paragraph(getTranslation("contribution.form.signIn")));
            }
        }
        if (mediation.canCollect(actor, id)
                && ContributionWindow.accepts(details, ContributionOrigin.MEDIATED, today)) {
            Anchor collect =
                    new Anchor("consultations/" + id + "/recueillir", getTranslation("contribution.mediation.link"));
            collect.setId("collect-link");
            add(new Paragraph(collect));
        }
        Anchor convergences =
                new Anchor("consultations/" + id + "/convergences", getTranslation("contribution.convergences.link"));
        convergences.setId("convergences-link");
        add(new Paragraph(convergences));
        if (imports.canImport(actor, id)) {
            Anchor importing =
                    new Anchor("consultations/" + id + "/import", getTranslation("contribution.import.link"));
            importing.setId("import-link");
            add(new Paragraph(importing));
        }
        extensions.forEach(extension -> add(extension.sectionFor(details, actor)));
        ContributionQuery query = ListParameters.toQuery(id, event.getLocation().getQueryParameters());
        ContributionSlice page = browser.browse(query);
        Map<ContributionOrigin, Long> origins = browser.countByOrigin(id);
        long published = origins.values().stream().mapToLong(Long::longValue).sum();
        long online = origins.getOrDefault(ContributionOrigin.ONLINE, 0L);
        add(new H2(getTranslation("contribution.list.title", published)));
        Paragraph accountability =
                new Paragraph(getTranslation("contribution.answer.figure", answers.answeredCount(id), published));
        accountability.setId("answered-figure");
        Paragraph participation =
                new Paragraph(getTranslation("contribution.origin.figure", online, published - online));
        participation.setId("origin-figure");
        add(accountability, participation, new ContributionFilters(details, query, browser.communes(id)));
        Paragraph matching = new Paragraph(getTranslation("contribution.list.matching", page.total()));
        matching.setId("matching-count");
        matching.getElement().setAttribute("role", "status");
        add(matching, new ContributionList(page, query, details.zone()));
        if (shownConsultation == id && shownPage != query.page()) {
            matching.scrollIntoView(); // not left at the pager, below the end of the new page's list
        }
        shownConsultation = id;
        shownPage = query.page();
        Anchor csv = new Anchor(
                "/api/consultations/" + id + "/contributions.csv", getTranslation("contribution.export.csv"));
        csv.setId("export-csv");
        Anchor json = new Anchor(
                "/api/consultations/" + id + "/contributions.json", getTranslation("contribution.export.json"));
        json.setId("export-json");
        add(new Paragraph(csv), new Paragraph(json));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
