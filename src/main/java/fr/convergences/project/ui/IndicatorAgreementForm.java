package fr.convergences.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.project.Indicator;
import fr.convergences.project.IndicatorService;
import fr.convergences.territory.council.College;
import java.time.LocalDate;
import java.util.List;

/**
 * Records that a college (the users' college) agreed to a proposed indicator: the co-adoption the projet requires before
 * an indicator shows as adopted. Only indicators still waiting for that agreement are offered; the service checks the rest.
 */
class IndicatorAgreementForm extends Div {

    IndicatorAgreementForm(
            IndicatorService indicators, Actor actor, long councilId, List<Indicator> proposed, StatusMessage status) {
        addClassName("narrow-form");
        Select<Indicator> indicator = new Select<>();
        indicator.setLabel(getTranslation("project.admin.agreementIndicator"));
        indicator.setItems(proposed);
        indicator.setItemLabelGenerator(Indicator::name);
        indicator.setValue(proposed.getFirst());
        indicator.setId("agreement-indicator");
        Select<College> college = new Select<>();
        college.setLabel(getTranslation("project.admin.agreementCollege"));
        college.setItems(indicators.colleges(councilId));
        college.setItemLabelGenerator(College::name);
        college.setId("agreement-college");
        DatePicker agreedOn = new DatePicker(getTranslation("project.admin.agreementOn"), LocalDate.now());
        agreedOn.setId("agreement-date");
        Button record = new Button(getTranslation("project.admin.addAgreement"), click -> {
            try {
                indicators.recordCollegeAgreement(
                        actor,
                        indicator.getValue() == null
                                ? -1
                                : StoredId.of(indicator.getValue().id()),
                        college.getValue() == null
                                ? -1
                                : StoredId.of(college.getValue().id()),
                        agreedOn.getValue());
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        record.setId("agreement-record");
        add(new H2(getTranslation("project.admin.agreement")), indicator, college, agreedOn, record);
    }
}
