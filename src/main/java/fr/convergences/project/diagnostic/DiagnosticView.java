package fr.convergences.project.diagnostic;

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
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.SafeMarkdown;
import fr.convergences.identity.CurrentUser;
import fr.convergences.motion.ui.Tables;
import fr.convergences.project.VersionStatus;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A council's diagnostic territorial, as residents read it: the version (number, adoption and publication dates) with
 * its PDF, the introduction, each theme's text and the needs it names (voices, a quote, the convergence, the projet
 * actions that answer it), the priority communes, and the figures per commune as a table; older published versions
 * by their number.
 */
@Route("conseils/:slug/diagnostic/:number?([0-9]{1,6})")
@Prototype
public class DiagnosticView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DiagnosticService diagnostics;
    private final CurrentUser currentUser;
    private String title = "";

    public DiagnosticView(DiagnosticService diagnostics, CurrentUser currentUser) {
        this.diagnostics = diagnostics;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        Integer number = event.getRouteParameters().getInteger("number").orElse(null);
        DiagnosticDetails page = diagnostics.page(currentUser.actor(), slug, number);
        DiagnosticDetails.Shown shown = page.shown();
        title = shown == null
                ? getTranslation("diagnostic.page.title", page.councilName())
                : shown.diagnostic().title();
        add(new H1(title));
        Div links = new Div(
                new Paragraph(new Anchor("conseils/" + slug + "/projet", getTranslation("diagnostic.page.project"))));
        links.addClassName("page-links");
        if (page.canManage()) {
            Anchor admin = new Anchor(
                    "conseils/" + slug + "/diagnostic/administration", getTranslation("diagnostic.page.admin"));
            admin.setId("diagnostic-admin-link");
            links.add(new Paragraph(admin));
        }
        add(links);
        if (shown == null) {
            Paragraph none = new Paragraph(getTranslation("diagnostic.page.none"));
            none.setId("diagnostic-none");
            add(none);
            return;
        }
        add(version(shown, slug));
        add(new Paragraph(
                new Span(getTranslation("diagnostic.page.consultation", shown.consultationTitle()) + " "),
                new Anchor(
                        "consultations/" + shown.diagnostic().consultationId() + "/synthese",
                        getTranslation("diagnostic.page.synthesis"))));
        if (!shown.version().introduction().isBlank()) {
            add(SafeMarkdown.component(shown.version().introduction()));
        }
        for (DiagnosticDetails.SectionView section : shown.sections()) {
            add(section(section));
        }
        if (!shown.priorities().isEmpty()) {
            UnorderedList priorities = new UnorderedList();
            priorities.setId("diagnostic-priorities");
            shown.priorities()
                    .forEach(priority -> priorities.add(new ListItem(
                            getTranslation("diagnostic.page.priority", priority.commune(), priority.reason()))));
            add(new H2(getTranslation("diagnostic.priorities.heading")), priorities);
        }
        if (!shown.figures().figures().isEmpty()) {
            add(
                    new H2(getTranslation("diagnostic.figures.heading")),
                    figures(shown.figures()),
                    new Paragraph(getTranslation(
                            "diagnostic.figures.sources",
                            String.join(" ; ", shown.figures().sources()))));
        }
        if (page.published().size() > 1) {
            UnorderedList versions = new UnorderedList();
            versions.setId("diagnostic-versions");
            page.published()
                    .forEach(published -> versions.add(new ListItem(new Anchor(
                            "conseils/" + slug + "/diagnostic/" + published.number(),
                            getTranslation(
                                    "diagnostic.page.publishedVersion",
                                    published.number(),
                                    Messages.day(published.date(), getLocale()))))));
            add(new H2(getTranslation("diagnostic.page.versions")), versions);
        }
    }

    private Div version(DiagnosticDetails.Shown shown, String slug) {
        Div version = new Div();
        DiagnosticVersion shownVersion = shown.version();
        Paragraph line = new Paragraph(
                shownVersion.status() == VersionStatus.PUBLISHED
                        ? getTranslation(
                                "diagnostic.page.version.PUBLISHED",
                                shownVersion.number(),
                                Messages.day(
                                        Objects.requireNonNull(shown.adoptedOn(), "a published version was adopted"),
                                        getLocale()),
                                Messages.day(
                                        Objects.requireNonNull(shown.publishedOn(), "a published version has its day"),
                                        getLocale()))
                        : getTranslation(
                                "diagnostic.page.version."
                                        + shownVersion.status().name(),
                                shownVersion.number()));
        line.setId("diagnostic-version");
        version.add(line);
        if (shownVersion.adoptedByMotionId() != null) {
            version.add(new Paragraph(new Anchor(
                    "motions/" + shownVersion.adoptedByMotionId(), getTranslation("diagnostic.page.adoptedBy"))));
        }
        if (shownVersion.status() == VersionStatus.PUBLISHED) {
            Anchor pdf = new Anchor(
                    "api/councils/" + slug + "/diagnostic/" + shownVersion.number() + ".pdf",
                    getTranslation("diagnostic.page.pdf"));
            pdf.setId("diagnostic-pdf");
            pdf.setRouterIgnore(true);
            version.add(new Paragraph(pdf));
        }
        return version;
    }

    private Div section(DiagnosticDetails.SectionView view) {
        Div section = new Div();
        section.setId("diagnostic-section-" + view.section().position());
        section.add(new H2(view.section().title()));
        if (!view.section().text().isBlank()) {
            section.add(SafeMarkdown.component(view.section().text()));
        }
        UnorderedList needs = new UnorderedList();
        needs.addClassName("card-list");
        for (DiagnosticDetails.NeedView need : view.needs()) {
            ListItem card = new ListItem();
            card.addClassName("card");
            card.setId("besoin-" + need.need().reference());
            Paragraph heading = new Paragraph(
                    need.convergencePath() == null
                            ? new Span(need.need().title())
                            : new Anchor(need.convergencePath(), need.need().title()));
            heading.addClassName("card-title");
            card.add(heading, new Paragraph(need.need().voices()));
            if (need.quoteShown()) {
                card.add(new Paragraph(new Anchor(
                        "contributions/" + need.need().quoteContributionId(),
                        getTranslation(
                                "diagnostic.page.quote",
                                need.need().quote(),
                                need.need().quoteSource()))));
            }
            if (!need.actions().isEmpty()) {
                UnorderedList actions = new UnorderedList();
                need.actions()
                        .forEach(action ->
                                actions.add(new ListItem(new Anchor("actions/" + action.id(), action.title()))));
                card.add(new Paragraph(getTranslation("diagnostic.need.answeredBy")), actions);
            }
            needs.add(card);
        }
        if (!view.needs().isEmpty()) {
            section.add(needs);
        }
        return section;
    }

    private com.vaadin.flow.component.Component figures(DiagnosticDetails.FigureTable table) {
        List<String> header = new ArrayList<>();
        header.add(getTranslation("diagnostic.figures.commune"));
        header.addAll(table.figures());
        List<List<String>> rows = table.rows().stream()
                .map(row -> {
                    List<String> cells = new ArrayList<>();
                    cells.add(
                            row.priority()
                                    ? getTranslation("diagnostic.figures.priorityCommune", row.commune())
                                    : row.commune());
                    row.values()
                            .forEach(value -> cells.add(
                                    value == null
                                            ? getTranslation("diagnostic.figures.none")
                                            : getTranslation("diagnostic.figures.number", value)));
                    return cells;
                })
                .toList();
        var figures = Tables.of(getTranslation("diagnostic.figures.caption"), header, rows);
        figures.setId("diagnostic-figures");
        return figures;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
