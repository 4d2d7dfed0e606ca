package fr.convergences.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.project.Dashboard;
import fr.convergences.project.Indicator;
import fr.convergences.project.IndicatorService;
import fr.convergences.project.Measurement;
import fr.convergences.project.MeasurementForm;
import java.time.LocalDate;

/** Records a measured value by hand: which indicator, when, for the territory or one commune, and where it comes from. */
class MeasurementEntryForm extends Div {

    MeasurementEntryForm(IndicatorService indicators, Actor actor, Dashboard dashboard, StatusMessage status) {
        addClassName("narrow-form");
        Select<Indicator> indicator = new Select<>();
        indicator.setLabel(getTranslation("project.admin.measurementIndicator"));
        indicator.setItems(
                dashboard.indicators().stream().map(Dashboard.Entry::indicator).toList());
        indicator.setItemLabelGenerator(Indicator::name);
        indicator.setValue(dashboard.indicators().getFirst().indicator());
        indicator.setId("measurement-indicator");
        DatePicker measuredOn = new DatePicker(getTranslation("project.admin.measuredOn"), LocalDate.now());
        measuredOn.setId("measurement-date");
        BigDecimalField value = new BigDecimalField(getTranslation("project.admin.value"));
        value.setId("measurement-value");
        ComboBox<String> commune = new ComboBox<>(getTranslation("project.admin.commune"));
        commune.setItems(dashboard.communeNames().keySet());
        commune.setItemLabelGenerator(code -> dashboard.communeNames().get(code));
        commune.setClearButtonVisible(true);
        commune.setId("measurement-commune");
        TextField provenance = new TextField(getTranslation("project.admin.provenance"));
        provenance.setMaxLength(Measurement.PROVENANCE_MAX_LENGTH);
        provenance.setId("measurement-provenance");
        Button record = new Button(getTranslation("project.admin.addMeasurement"), click -> {
            try {
                indicators.recordMeasurement(
                        actor,
                        indicator.getValue() == null
                                ? -1
                                : StoredId.of(indicator.getValue().id()),
                        new MeasurementForm(
                                measuredOn.getValue(), value.getValue(), commune.getValue(), provenance.getValue()));
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        record.setId("measurement-record");
        add(
                new H2(getTranslation("project.admin.measurement")),
                indicator,
                measuredOn,
                value,
                commune,
                provenance,
                record);
    }
}
