package fr.convergences.territory.council;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Recording an appointment as the ARS order states it; with an e-mail, the invitation goes out. */
class AppointmentForm extends Div {

    AppointmentForm(
            MandateService mandates,
            Actor actor,
            long councilId,
            List<College> colleges,
            List<Mandate> existing,
            StatusMessage status) {
        addClassName("narrow-form");
        ComboBox<College> college = new ComboBox<>(getTranslation("territory.mandate.field.college"));
        college.setItems(colleges.stream()
                .sorted(Comparator.comparingInt(College::position))
                .toList());
        college.setItemLabelGenerator(College::name);
        college.setId("mandate-college");
        RadioButtonGroup<MandateKind> kind = new RadioButtonGroup<>(getTranslation("territory.mandate.field.kind"));
        kind.setItems(MandateKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("territory.mandate.kind." + value.name()));
        kind.setValue(MandateKind.TITULAR);
        kind.setId("mandate-kind");
        ComboBox<Mandate> titular = new ComboBox<>(getTranslation("territory.mandate.field.titular"));
        titular.setItems(existing.stream()
                .filter(mandate -> mandate.kind() == MandateKind.TITULAR && mandate.status() != MandateStatus.ENDED)
                .toList());
        titular.setItemLabelGenerator(Mandate::personName);
        titular.setId("mandate-titular");
        TextField name = new TextField(getTranslation("territory.mandate.field.name"));
        name.setId("mandate-name");
        name.setMaxLength(Mandate.PERSON_NAME_MAX_LENGTH);
        EmailField email = new EmailField(getTranslation("territory.mandate.field.email"));
        email.setHelperText(getTranslation("territory.mandate.field.email.help"));
        email.setId("mandate-email");
        DatePicker start = new DatePicker(getTranslation("territory.mandate.field.start"), LocalDate.now());
        start.setId("mandate-start");
        DatePicker end = new DatePicker(
                getTranslation("territory.mandate.field.end"), LocalDate.now().plusYears(MandateForm.USUAL_YEARS));
        end.setId("mandate-end");
        TextField order = new TextField(getTranslation("territory.mandate.field.order"));
        order.setHelperText(getTranslation("territory.mandate.field.order.help"));
        order.setId("mandate-order");
        Checkbox votingRight = new Checkbox(getTranslation("territory.mandate.field.votingRight"), true);
        votingRight.setId("mandate-voting-right");
        Button appoint = new Button(getTranslation("territory.mandate.appoint"), event -> {
            try {
                if (college.getValue() == null) {
                    throw new UserFacingException("territory.college.unknown");
                }
                mandates.appoint(
                        actor,
                        councilId,
                        new MandateForm(
                                college.getValue().storedId(),
                                kind.getValue(),
                                titular.getValue() == null
                                        ? null
                                        : titular.getValue().storedId(),
                                name.getValue(),
                                email.getValue(),
                                start.getValue(),
                                end.getValue(),
                                order.getValue(),
                                votingRight.getValue()));
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        appoint.setId("mandate-appoint");
        appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(college, kind, titular, name, email, start, end, order, votingRight, appoint);
    }
}
