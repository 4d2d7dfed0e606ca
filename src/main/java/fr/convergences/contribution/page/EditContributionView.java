package fr.convergences.contribution.page;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.ContributionFormView;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.SimilarContributions;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.util.List;

/** The author rewrites a draft, or a published contribution while the edit window is open. */
@Route("contributions/:id/modifier")
@Prototype
public class EditContributionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContributionService contributions;
    private final ConsultationService consultations;
    private final MediationService mediation;
    private final List<SimilarContributions> similar;
    private final CurrentUser currentUser;

    public EditContributionView(
            ContributionService contributions,
            ConsultationService consultations,
            MediationService mediation,
            List<SimilarContributions> similar,
            CurrentUser currentUser) {
        this.contributions = contributions;
        this.consultations = consultations;
        this.mediation = mediation;
        this.similar = similar;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The same view is reused when only the URL's parameters change: start from an empty page.
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        add(new H1(getTranslation("contribution.edit.title")));
        try {
            ContributionService.EditableContribution editable = contributions.editable(actor, id);
            ConsultationDetails consultation =
                    consultations.details(editable.contribution().consultationId());
            if (!contributions.authorTools(actor, id).canEdit()) {
                throw new UserFacingException("contribution.edit.closed");
            }
            add(
                    new Anchor("contributions/" + id, getTranslation("contribution.edit.back")),
                    new ContributionFormView(
                            contributions,
                            similar.stream().findFirst().orElse(null),
                            mediation.organisationsOf(actor),
                            actor,
                            consultation,
                            consultations.territoryCommunes(
                                    consultation.consultation().councilId()),
                            editable));
        } catch (UserFacingException refusal) {
            if (refusal.isUnknown()) {
                throw refusal; // the refusal page answers 404 (issue 18)
            }
            Paragraph message = new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments()));
            message.setId("edit-refused");
            add(message, new Anchor("contributions/" + id, getTranslation("contribution.edit.back")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contribution.edit.title") + " · " + getTranslation("app.name");
    }
}
