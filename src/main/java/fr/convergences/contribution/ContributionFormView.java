package fr.convergences.contribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Theme;
import fr.convergences.identity.Actor;

import java.util.stream.Collectors;

/** The contribution form: kind, title, text (with the characters left shown as one types), themes, commune. */
class ContributionFormView extends Div {

    ContributionFormView(ContributionService contributions, Actor actor, ConsultationDetails consultation) {
        addClassName("narrow-form");
        RadioButtonGroup<ContributionKind> kind = new RadioButtonGroup<>(getTranslation("contribution.field.kind"));
        kind.setItems(ContributionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("contribution.kind." + value.name()));
        kind.setValue(ContributionKind.PROPOSAL);
        kind.setId("contribution-kind");
        TextField title = new TextField(getTranslation("contribution.field.title"));
        title.setMaxLength(Contribution.TITLE_MAX_LENGTH);
        title.setId("contribution-title");
        TextArea body = new TextArea(getTranslation("contribution.field.body"));
        body.setMaxLength(Contribution.BODY_MAX_LENGTH);
        body.setId("contribution-body");
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.setHelperText(getTranslation("contribution.field.body.left", Contribution.BODY_MAX_LENGTH));
        body.addValueChangeListener(event -> body.setHelperText(getTranslation("contribution.field.body.left",
                Contribution.BODY_MAX_LENGTH - event.getValue().length())));
        CheckboxGroup<Theme> themes = new CheckboxGroup<>(getTranslation("contribution.field.themes"));
        themes.setItems(consultation.themes());
        themes.setItemLabelGenerator(Theme::name);
        themes.setId("contribution-themes");
        TextField commune = new TextField(getTranslation("identity.field.commune"));
        commune.setId("contribution-commune");
        StatusMessage status = new StatusMessage();
        status.setId("contribution-status");
        Button submit = new Button(getTranslation("contribution.submit"));
        submit.setId("contribution-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Disabled while the request runs: a double click publishes one contribution, not two.
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> {
            try {
                contributions.submit(actor, consultation.consultation().id(), new ContributionForm(kind.getValue(), title.getValue(),
                        body.getValue(), themes.getValue().stream().map(Theme::id).collect(Collectors.toSet()), commune.getValue()));
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
                submit.setEnabled(true);
            }
        });
        add(status, kind, title, body, themes, commune, submit);
    }
}
