package fr.convergences.debate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.convergences.base.ui.CharactersLeft;
import fr.convergences.consultation.Theme;
import fr.convergences.territory.organisation.Organisation;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields of a debate, for proposing and editing one: what, who organises, when (day, start and end), where
 * (address, commune, accessibility) or online, for whom and how many, themes and agenda (one item per line).
 */
class DebateFields extends Div {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<Organisation> organisation = new Select<>();
    private final DatePicker day = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final TextField place = new TextField();
    private final ComboBox<String> commune = new ComboBox<>();
    private final Checkbox stepFree = new Checkbox();
    private final Checkbox hearingLoop = new Checkbox();
    private final TextField accessibility = new TextField();
    private final TextField onlineUrl = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final Select<Audience> audience = new Select<>();
    private final TextField audienceDetails = new TextField();
    private final CheckboxGroup<Theme> themes = new CheckboxGroup<>();
    private final TextArea agenda = new TextArea();

    DebateFields(List<Theme> consultationThemes, Map<String, String> communes, List<Organisation> organisations) {
        addClassNames("narrow-form", "debate-fields");
        field(title, "debate.field.title", "debate-title");
        title.setMaxLength(Debate.TITLE_MAX_LENGTH);
        field(description, "debate.field.description", "debate-description");
        CharactersLeft.show(description, Debate.DESCRIPTION_MAX_LENGTH, "debate.field.description.left");
        add(title, description);
        if (!organisations.isEmpty()) {
            organisation.setLabel(getTranslation("debate.field.organisation"));
            organisation.setItems(organisations);
            organisation.setEmptySelectionAllowed(true);
            organisation.setEmptySelectionCaption(getTranslation("debate.field.organisation.none"));
            organisation.setItemLabelGenerator(
                    item -> item == null ? getTranslation("debate.field.organisation.none") : item.name());
            organisation.setId("debate-organisation");
            add(organisation);
        }
        add(new H2(getTranslation("debate.field.whenTitle")));
        field(day, "debate.field.day", "debate-day");
        field(start, "debate.field.start", "debate-start");
        field(end, "debate.field.end", "debate-end");
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        add(day, start, end, new H2(getTranslation("debate.field.whereTitle")));
        field(place, "debate.field.place", "debate-place");
        place.setMaxLength(Debate.PLACE_MAX_LENGTH);
        commune.setLabel(getTranslation("debate.field.commune"));
        commune.setItems(communes.keySet());
        commune.setItemLabelGenerator(code -> communes.getOrDefault(code, code));
        commune.setClearButtonVisible(true);
        commune.setId("debate-commune");
        stepFree.setLabel(getTranslation("debate.field.stepFree"));
        stepFree.setId("debate-step-free");
        hearingLoop.setLabel(getTranslation("debate.field.hearingLoop"));
        hearingLoop.setId("debate-hearing-loop");
        field(accessibility, "debate.field.accessibility", "debate-accessibility");
        accessibility.setMaxLength(Debate.ACCESSIBILITY_MAX_LENGTH);
        field(onlineUrl, "debate.field.onlineUrl", "debate-online-url");
        onlineUrl.setHelperText(getTranslation("debate.field.onlineUrl.help"));
        add(
                place,
                commune,
                stepFree,
                hearingLoop,
                accessibility,
                onlineUrl,
                new H2(getTranslation("debate.field.whoTitle")));
        field(capacity, "debate.field.capacity", "debate-capacity");
        audience.setLabel(getTranslation("debate.field.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(value -> getTranslation("debate.audience." + value.name()));
        audience.setValue(Audience.OPEN);
        audience.setId("debate-audience");
        field(audienceDetails, "debate.field.audienceDetails", "debate-audience-details");
        audienceDetails.setMaxLength(Debate.AUDIENCE_DETAILS_MAX_LENGTH);
        themes.setLabel(getTranslation("debate.field.themes"));
        themes.setItems(consultationThemes);
        themes.setItemLabelGenerator(Theme::name);
        themes.setId("debate-themes");
        field(agenda, "debate.field.agenda", "debate-agenda");
        agenda.setHelperText(getTranslation("debate.field.agenda.help"));
        add(capacity, audience, audienceDetails, themes, agenda);
    }

    private void field(com.vaadin.flow.component.HasLabel component, String labelKey, String id) {
        component.setLabel(getTranslation(labelKey));
        ((com.vaadin.flow.component.Component) component).setId(id);
    }

    DebateForm form() {
        return new DebateForm(
                title.getValue(),
                description.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                day.getValue(),
                start.getValue(),
                end.getValue(),
                place.getValue(),
                commune.getValue(),
                stepFree.getValue(),
                hearingLoop.getValue(),
                accessibility.getValue(),
                onlineUrl.getValue(),
                capacity.getValue(),
                audience.getValue(),
                audienceDetails.getValue(),
                themes.getValue().stream().map(Theme::id).collect(Collectors.toSet()),
                Arrays.stream(agenda.getValue().split("\n")).toList());
    }

    void fill(DebateForm form) {
        title.setValue(form.title());
        description.setValue(form.description());
        organisation
                .getListDataView()
                .getItems()
                .filter(item -> Objects.equals(item.id(), form.organisationId()))
                .findFirst()
                .ifPresent(organisation::setValue);
        day.setValue(form.day());
        start.setValue(form.startTime());
        end.setValue(form.endTime());
        place.setValue(form.place() == null ? "" : form.place());
        commune.setValue(form.communeInsee());
        stepFree.setValue(form.stepFree());
        hearingLoop.setValue(form.hearingLoop());
        accessibility.setValue(form.accessibilityNotes() == null ? "" : form.accessibilityNotes());
        onlineUrl.setValue(form.onlineUrl() == null ? "" : form.onlineUrl());
        capacity.setValue(form.capacity());
        audience.setValue(form.audience());
        audienceDetails.setValue(form.audienceDetails() == null ? "" : form.audienceDetails());
        themes.setValue(themes.getListDataView()
                .getItems()
                .filter(theme -> form.themeIds().contains(theme.id()))
                .collect(Collectors.toSet()));
        agenda.setValue(String.join("\n", form.agenda()));
    }
}
