package fr.convergences.contribution.mediation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionFields;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.territory.organisation.Organisation;
import io.micronaut.context.annotation.Prototype;
import java.util.List;

/**
 * A volunteer enters, one after another, the contributions of people met offline, with each person's
 * consent. After each entry the words are emptied and the place and organisation kept, so that a
 * notebook from a market stand is typed in quickly, from the keyboard alone.
 */
@Route("consultations/:id/recueillir")
@Prototype
public class CollectContributionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final MediationService mediation;
    private final CurrentUser currentUser;

    public CollectContributionView(
            ConsultationService consultations, MediationService mediation, CurrentUser currentUser) {
        this.consultations = consultations;
        this.mediation = mediation;
        this.currentUser = currentUser;
        addClassName("narrow-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The same view is reused when only the URL's parameters change: start from an empty page.
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor volunteer = currentUser.actor();
        if (!mediation.canCollect(volunteer, id)) {
            throw new AccessDeniedException(Action.CONTRIBUTE_ON_BEHALF);
        }
        ConsultationDetails consultation = consultations.details(id);
        List<Organisation> organisations = mediation.organisationsOf(volunteer);
        TextField place = new TextField(getTranslation("contribution.mediation.place.label"));
        place.setId("mediation-place");
        place.setMaxLength(Mediation.PLACE_MAX_LENGTH);
        Select<Organisation> organisation = new Select<>();
        organisation.setLabel(getTranslation("contribution.mediation.organisation"));
        organisation.setItems(organisations);
        organisation.setEmptySelectionAllowed(true);
        organisation.setEmptySelectionCaption(getTranslation("contribution.mediation.organisation.none"));
        organisation.setItemLabelGenerator(
                item -> item == null ? getTranslation("contribution.mediation.organisation.none") : item.name());
        organisation.setId("mediation-organisation");
        organisations.stream().findFirst().ifPresent(organisation::setValue);
        ContributionFields fields = new ContributionFields(
                consultation,
                List.of(),
                consultations.territoryCommunes(consultation.consultation().councilId()));
        Checkbox consent = new Checkbox(getTranslation("contribution.mediation.consent"));
        consent.setId("mediation-consent");
        TextField name = new TextField(getTranslation("contribution.mediation.name"));
        name.setMaxLength(Mediation.NAME_MAX_LENGTH);
        name.setId("mediation-name");
        Select<AgeBand> ageBand = new Select<>();
        ageBand.setLabel(getTranslation("contribution.mediation.ageBand"));
        ageBand.setItems(AgeBand.values());
        ageBand.setEmptySelectionAllowed(true);
        ageBand.setEmptySelectionCaption(getTranslation("contribution.mediation.ageBand.none"));
        ageBand.setItemLabelGenerator(band -> band == null
                ? getTranslation("contribution.mediation.ageBand.none")
                : getTranslation("contribution.ageBand." + band.name()));
        ageBand.setId("mediation-age-band");
        StatusMessage status = new StatusMessage();
        status.setId("mediation-status");
        Button save = new Button(getTranslation("contribution.mediation.save"));
        save.setId("mediation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                Contribution saved = mediation.collect(
                        volunteer,
                        id,
                        new MediationForm(
                                fields.form(),
                                place.getValue(),
                                organisation.getValue() == null
                                        ? null
                                        : organisation.getValue().id(),
                                consent.getValue(),
                                name.getValue(),
                                ageBand.getValue()));
                status.success(getTranslation("contribution.mediation.saved", saved.title()));
                fields.clearWords();
                consent.clear();
                name.clear();
                ageBand.clear();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            } finally {
                save.setEnabled(true);
            }
        });
        add(
                new H1(getTranslation("contribution.mediation.title")),
                new Anchor("consultations/" + id, consultation.consultation().title()),
                new Paragraph(getTranslation("contribution.mediation.intro")),
                status,
                place,
                organisation,
                fields,
                consent,
                name,
                ageBand,
                save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contribution.mediation.title") + " · " + getTranslation("app.name");
    }
}
