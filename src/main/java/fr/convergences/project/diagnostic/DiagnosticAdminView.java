package fr.convergences.project.diagnostic;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.motion.application.MotionService;
import fr.convergences.project.VersionStatus;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;

/**
 * The council admin's page for the diagnostic: open it on a consultation, build it from the synthesis, write its
 * texts, flag priority communes, import figures per commune, record its adoption, publish it, start the next version.
 * Each part is its own small form; the service decides who may use them.
 */
@Route("conseils/:slug/diagnostic/administration")
@Prototype
public class DiagnosticAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DiagnosticService diagnostics;
    private final ConsultationService consultations;
    private final MotionService motions;
    private final CurrentUser currentUser;
    private String title = "";

    public DiagnosticAdminView(
            DiagnosticService diagnostics,
            ConsultationService consultations,
            MotionService motions,
            CurrentUser currentUser) {
        this.diagnostics = diagnostics;
        this.consultations = consultations;
        this.motions = motions;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = currentUser.actor();
        String slug = event.getRouteParameters().get("slug").orElse("");
        DiagnosticDetails page = diagnostics.page(actor, slug, null);
        title = getTranslation("diagnostic.admin.title", page.councilName());
        StatusMessage status = new StatusMessage();
        status.setId("diagnostic-admin-status");
        add(
                new Anchor("conseils/" + slug + "/diagnostic", getTranslation("diagnostic.admin.back")),
                new H1(title),
                status);
        if (!page.canManage()) {
            status.error(getTranslation("diagnostic.admin.denied"));
            return;
        }
        DiagnosticDetails.Shown shown = page.shown();
        if (shown == null) {
            add(new OpenDiagnosticForm(
                    diagnostics,
                    actor,
                    page.councilId(),
                    consultations.all().stream()
                            .filter(consultation -> consultation.councilId() == page.councilId())
                            .toList(),
                    status));
            return;
        }
        long diagnosticId = shown.diagnostic().storedId();
        DiagnosticVersion shownVersion = shown.version();
        LocalDate adoptedOn = shown.adoptedOn();
        LocalDate publishedOn = shown.publishedOn();
        Paragraph version = new Paragraph(getTranslation(
                "diagnostic.page.version." + shownVersion.status().name(),
                shownVersion.number(),
                adoptedOn == null ? "" : Messages.day(adoptedOn, getLocale()),
                publishedOn == null ? "" : Messages.day(publishedOn, getLocale())));
        version.setId("diagnostic-admin-version");
        add(version);
        if (shownVersion.status() == VersionStatus.DRAFT) {
            add(new DiagnosticDraftForm(diagnostics, actor, shown, status));
            add(new PriorityCommuneForm(
                    diagnostics,
                    actor,
                    diagnosticId,
                    consultations.territoryCommunes(page.councilId()),
                    shown.priorities(),
                    status));
            add(new FigureUploadForm(diagnostics, actor, diagnosticId, status));
        }
        add(new DiagnosticVersionForm(diagnostics, motions, actor, page.councilId(), shown, status));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
