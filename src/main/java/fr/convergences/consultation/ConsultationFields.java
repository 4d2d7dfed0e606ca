package fr.convergences.consultation;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a consultation, shared by the open and edit pages: wording, presentation (Markdown),
 * the dates of each phase (only the contributions phase is required), and the communes concerned.
 */
class ConsultationFields extends Div {

    private final TextField title = new TextField();
    private final TextField question = new TextField();
    private final TextArea description = new TextArea();
    private final Map<PhaseKind, DatePicker[]> phases = new EnumMap<>(PhaseKind.class);
    private final MultiSelectComboBox<String> communes = new MultiSelectComboBox<>();

    ConsultationFields(Map<String, String> territoryCommunes) {
        title.setLabel(getTranslation("consultation.field.title"));
        title.setId("consultation-title");
        title.setMaxLength(Consultation.TITLE_MAX_LENGTH);
        question.setLabel(getTranslation("consultation.field.question"));
        question.setId("consultation-question");
        question.setMaxLength(Consultation.QUESTION_MAX_LENGTH);
        description.setLabel(getTranslation("consultation.field.description"));
        description.setHelperText(getTranslation("consultation.field.description.help"));
        description.setId("consultation-description");
        description.setMaxLength(Consultation.DESCRIPTION_MAX_LENGTH);
        add(title, question, description);
        for (PhaseKind kind : PhaseKind.values()) {
            DatePicker start = new DatePicker(getTranslation("consultation.field.phaseStart"));
            start.setId("phase-" + kind.name().toLowerCase() + "-start");
            DatePicker end = new DatePicker(getTranslation("consultation.field.phaseEnd"));
            end.setId("phase-" + kind.name().toLowerCase() + "-end");
            FieldSet group = new FieldSet(getTranslation("consultation.phase." + kind.name()));
            group.add(start, end);
            group.addClassName("phase-dates");
            phases.put(kind, new DatePicker[] {start, end});
            add(group);
        }
        if (!territoryCommunes.isEmpty()) {
            communes.setLabel(getTranslation("consultation.field.communes"));
            communes.setHelperText(getTranslation("consultation.field.communes.help"));
            communes.setItems(territoryCommunes.keySet());
            communes.setItemLabelGenerator(code -> territoryCommunes.get(code) + " (" + code + ")");
            communes.setId("consultation-communes");
            add(communes);
        }
    }

    /** The start and end pickers of a phase: the constructor made a pair for every kind. */
    private DatePicker[] pickers(PhaseKind kind) {
        return Objects.requireNonNull(phases.get(kind), "every phase kind has its pickers");
    }

    void setContributionDates(LocalDate start, LocalDate end) {
        pickers(PhaseKind.CONTRIBUTIONS)[0].setValue(start);
        pickers(PhaseKind.CONTRIBUTIONS)[1].setValue(end);
    }

    void fill(ConsultationDetails details) {
        title.setValue(details.consultation().title());
        question.setValue(details.consultation().question());
        description.setValue(
                details.consultation().description() == null
                        ? ""
                        : details.consultation().description());
        details.phases().forEach(phase -> {
            pickers(phase.kind())[0].setValue(phase.startsOn());
            pickers(phase.kind())[1].setValue(phase.endsOn());
        });
        communes.setValue(details.scope().keySet());
    }

    /** The form as typed; a phase with neither date is left out, one with a single date is sent so that it is refused. */
    ConsultationForm form() {
        List<ConsultationForm.PhaseDates> dates = new ArrayList<>();
        phases.forEach((kind, pickers) -> {
            if (pickers[0].getValue() != null || pickers[1].getValue() != null) {
                dates.add(new ConsultationForm.PhaseDates(kind, pickers[0].getValue(), pickers[1].getValue()));
            }
        });
        return new ConsultationForm(
                title.getValue(), question.getValue(), description.getValue(), dates, communes.getValue());
    }
}
