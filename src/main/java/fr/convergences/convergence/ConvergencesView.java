package fr.convergences.convergence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Action;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.Permissions;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * A consultation's convergences: the same need voiced by different people, organisations and communes. The public
 * sees confirmed ones; moderators also see proposed ones, compute them again and curate them. The synthesis downloads
 * from here.
 */
@Route("consultations/:id/convergences")
@Prototype
public class ConvergencesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConvergenceService convergences;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final CouncilDirectory councils;
    private String title = "";

    public ConvergencesView(ConvergenceService convergences, ConsultationService consultations, CurrentUser currentUser,
                            Permissions permissions, CouncilDirectory councils) {
        this.convergences = convergences;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.councils = councils;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        ConsultationDetails details = consultations.details(id);
        Actor actor = currentUser.actor();
        title = getTranslation("convergence.page.title", details.consultation().title());
        StatusMessage status = new StatusMessage();
        status.setId("convergence-status");
        add(new Anchor("consultations/" + id, details.consultation().title()), new H1(title), new Paragraph(getTranslation("convergence.page.intro")),
                status);
        Anchor markdown = new Anchor("/api/consultations/" + id + "/synthese.md", getTranslation("convergence.synthesis.markdown"));
        markdown.setId("synthesis-markdown");
        Anchor pdf = new Anchor("/api/consultations/" + id + "/synthese.pdf", getTranslation("convergence.synthesis.pdf"));
        pdf.setId("synthesis-pdf");
        add(new Paragraph(markdown), new Paragraph(pdf));
        boolean curator = convergences.canCurate(actor, id);
        if (curator) {
            Button compute = new Button(getTranslation("convergence.compute"), click -> {
                try {
                    int proposed = convergences.compute(actor, id);
                    status.success(getTranslation("convergence.computed", proposed));
                    UI.getCurrent().getPage().reload();
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            compute.setId("convergence-compute");
            compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            compute.setDisableOnClick(true);
            add(new Paragraph(getTranslation("convergence.compute.help")), compute);
        }
        List<ConvergenceService.ConvergenceView> found = convergences.list(actor, id, 3);
        Div list = new Div();
        list.setId("convergences");
        String motionDraft = motionDraftPath(actor, details.consultation().councilId());
        found.forEach(view -> list.add(new ConvergenceCard(view, curator ? new CurationForms(convergences, actor, view, found, status) : null,
                motionDraft)));
        add(found.isEmpty() ? new Paragraph(getTranslation(curator ? "convergence.none.curator" : "convergence.none")) : list);
    }

    /**
     * The motion drafting page of the council, for those who draft motions (the secretariat): a confirmed convergence
     * is proposed as a motion from its card. A URL, not a call: motion is to the right of convergence.
     */
    private String motionDraftPath(Actor actor, long councilId) {
        return permissions.allows(actor, Action.DRAFT_MOTION, councilId) ? "conseils/" + councils.slugOf(councilId) + "/motions/nouvelle" : null;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
