package fr.convergences.contribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.identity.Actor;
import fr.convergences.territory.organisation.Organisation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A resident's contribution form: publishes at once or keeps a draft; given an existing contribution,
 * it rewrites it. Similar contributions appear while one types.
 */
public class ContributionFormView extends Div {

    public ContributionFormView(
            ContributionService contributions,
            @Nullable SimilarContributions similar,
            List<Organisation> organisations,
            Actor actor,
            ConsultationDetails consultation,
            Map<String, String> communes,
            ContributionService.@Nullable EditableContribution existing) {
        long consultationId = StoredId.of(consultation.consultation().id());
        addClassName("narrow-form");
        setId("contribution-form");
        ContributionFields fields = new ContributionFields(consultation, organisations, communes);
        if (existing != null) {
            fields.fill(existing, consultation);
        }
        StatusMessage status = new StatusMessage();
        status.setId("contribution-status");
        add(status, fields);
        if (similar != null) {
            fields.placeBesideText(new SimilarPanel(
                    similar,
                    actor,
                    consultationId,
                    fields.title,
                    fields.body,
                    existing == null ? null : existing.contribution().storedId()));
        }
        add(new Div(new Anchor("charte-de-participation", getTranslation("contribution.form.charter"))));
        boolean isDraft = existing == null || existing.contribution().isDraft();
        Button publish = new Button(getTranslation(isDraft ? "contribution.submit" : "contribution.edit.save"));
        publish.setId("contribution-submit");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Disabled while the request runs: a double click publishes one contribution, not two.
        publish.setDisableOnClick(true);
        publish.addClickListener(event -> run(status, publish, () -> {
            Contribution saved = existing == null
                    ? contributions.submit(actor, consultationId, fields.form())
                    : contributions.edit(actor, existing.contribution().storedId(), fields.form());
            if (saved.isDraft()) {
                contributions.publish(actor, saved.storedId());
            }
            confirm(
                    contributions,
                    actor,
                    saved.storedId(),
                    existing == null || isDraft ? "contribution.confirm.published" : "contribution.confirm.edited");
            UI.getCurrent().navigate("contributions/" + saved.id());
        }));
        add(publish);
        if (isDraft) {
            Button draft = new Button(getTranslation("contribution.draft.save"));
            draft.setId("contribution-save-draft");
            draft.setDisableOnClick(true);
            draft.addClickListener(event -> run(status, draft, () -> {
                Contribution saved = existing == null
                        ? contributions.saveDraft(actor, consultationId, fields.form())
                        : contributions.edit(actor, existing.contribution().storedId(), fields.form());
                confirm(contributions, actor, saved.storedId(), "contribution.confirm.draftSaved");
                UI.getCurrent().navigate("contributions/" + saved.id());
            }));
            add(draft);
        }
    }

    /** Says what was done and, when personal data was masked before publishing, which kinds the public will not see. */
    private void confirm(ContributionService contributions, Actor actor, long contributionId, String doneKey) {
        Set<PersonalDataDetector.Kind> masked = contributions.maskedPersonalData(actor, contributionId);
        String done = getTranslation(doneKey);
        if (!masked.isEmpty()) {
            done += " "
                    + getTranslation(
                            "contribution.confirm.masked",
                            masked.stream()
                                    .map(kind -> getTranslation("personalData.kind." + kind.name()))
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        }
        Confirmation.show(done);
    }

    private static void run(StatusMessage status, Button button, Runnable useCase) {
        try {
            useCase.run();
        } catch (UserFacingException refusal) {
            status.error(refusal);
            button.setEnabled(true);
        }
    }
}
