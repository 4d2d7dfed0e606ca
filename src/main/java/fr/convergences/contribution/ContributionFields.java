package fr.convergences.contribution;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.ui.CharactersLeft;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Theme;
import fr.convergences.territory.organisation.Organisation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The words of a contribution, whoever types them: kind, title, text (characters left shown as one
 * types), themes, commune, and the organisation spoken for when the writer may speak for one.
 */
public class ContributionFields extends Div {

    final RadioButtonGroup<ContributionKind> kind = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final TextArea body = new TextArea();
    private final CheckboxGroup<Theme> themes = new CheckboxGroup<>();
    private final ComboBox<String> commune;
    private final Select<Organisation> organisation = new Select<>();

    ContributionFields(ConsultationDetails consultation, List<Organisation> organisations) {
        this(consultation, organisations, consultation.scope());
    }

    /** With the communes to choose from (code → name): the consultation's, else its territory's; empty: codes are typed. */
    public ContributionFields(
            ConsultationDetails consultation, List<Organisation> organisations, Map<String, String> communes) {
        commune = CommuneField.create(consultation.scope().isEmpty() ? communes : consultation.scope());
        kind.setLabel(getTranslation("contribution.field.kind"));
        kind.setItems(ContributionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("contribution.kind." + value.name()));
        kind.setValue(ContributionKind.PROPOSAL);
        kind.setId("contribution-kind");
        title.setLabel(getTranslation("contribution.field.title"));
        title.setMaxLength(Contribution.TITLE_MAX_LENGTH);
        title.setId("contribution-title");
        body.setLabel(getTranslation("contribution.field.body"));
        body.setId("contribution-body");
        CharactersLeft.show(body, Contribution.BODY_MAX_LENGTH, "contribution.field.body.left");
        themes.setLabel(getTranslation("contribution.field.themes"));
        themes.setItems(consultation.themes());
        themes.setItemLabelGenerator(Theme::name);
        themes.setId("contribution-themes");
        // Sized by the style sheet (convergences.css, "contribution-fields"): full width of a readable column, a tall
        // text area.
        addClassName("contribution-fields");
        add(kind, title, body, themes, commune);
        if (!organisations.isEmpty()) {
            organisation.setLabel(getTranslation("contribution.field.organisation"));
            organisation.setItems(organisations);
            organisation.setEmptySelectionAllowed(true);
            organisation.setEmptySelectionCaption(getTranslation("contribution.field.organisation.none"));
            organisation.setItemLabelGenerator(
                    item -> item == null ? getTranslation("contribution.field.organisation.none") : item.name());
            organisation.setId("contribution-organisation");
            add(organisation);
        }
    }

    /** Puts the similar contributions just after the text: seen while typing, beside it on a wide screen, under it on a phone. */
    void placeBesideText(com.vaadin.flow.component.Component similar) {
        addComponentAtIndex(indexOf(body) + 1, similar);
    }

    void fill(ContributionService.EditableContribution existing, ConsultationDetails consultation) {
        Contribution contribution = existing.contribution();
        kind.setValue(contribution.kind());
        title.setValue(contribution.title());
        body.setValue(contribution.body());
        themes.setValue(consultation.themes().stream()
                .filter(theme -> existing.themeIds().contains(theme.id()))
                .collect(Collectors.toSet()));
        commune.setValue(contribution.communeInsee());
        organisation
                .getListDataView()
                .getItems()
                .filter(item -> Objects.equals(item.id(), contribution.organisationId()))
                .findFirst()
                .ifPresent(organisation::setValue);
    }

    /** Empties the words for the next entry (the kind and commune stay: a volunteer often types several from one place). */
    public void clearWords() {
        title.clear();
        body.clear();
        themes.clear();
        title.focus();
    }

    public ContributionForm form() {
        return new ContributionForm(
                kind.getValue(),
                title.getValue(),
                body.getValue(),
                themes.getValue().stream().map(Theme::id).collect(Collectors.toSet()),
                commune.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id());
    }
}
