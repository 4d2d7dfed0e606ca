package fr.convergences.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.project.Direction;
import fr.convergences.project.Frequency;
import fr.convergences.project.Indicator;
import fr.convergences.project.IndicatorForm;
import fr.convergences.project.IndicatorService;
import fr.convergences.project.ProjectAction;
import fr.convergences.project.ProjectDetails;
import java.time.LocalDate;

/** Proposes an indicator: what it measures, from where, its baseline and target, how often, which way is better, who follows it. */
class IndicatorCreateForm extends Div {

    IndicatorCreateForm(
            IndicatorService indicators, Actor actor, ProjectDetails page, long projectId, StatusMessage status) {
        addClassName("narrow-form");
        TextField name = text("project.admin.indicatorName", "indicator-name", Indicator.NAME_MAX_LENGTH);
        TextArea definition = new TextArea(getTranslation("project.admin.indicatorDefinition"));
        definition.setMaxLength(Indicator.DEFINITION_MAX_LENGTH);
        definition.setId("indicator-definition");
        TextField unit = text("project.admin.indicatorUnit", "indicator-unit", Indicator.UNIT_MAX_LENGTH);
        TextField source = text("project.admin.indicatorSource", "indicator-source", Indicator.SOURCE_MAX_LENGTH);
        TextField owner = text("project.admin.indicatorOwner", "indicator-owner", Indicator.OWNER_MAX_LENGTH);
        Select<ProjectAction> action = new Select<>();
        action.setLabel(getTranslation("project.admin.indicatorAction"));
        action.setItems(
                page.axes().stream().flatMap(axis -> axis.actions().stream()).toList());
        // The empty choice (no action: an indicator of the whole projet) reaches the generator as null.
        action.setItemLabelGenerator(value -> value == null ? "" : value.title());
        action.setEmptySelectionAllowed(true);
        action.setId("indicator-action");
        BigDecimalField baseline = new BigDecimalField(getTranslation("project.admin.baselineValue"));
        baseline.setId("indicator-baseline");
        DatePicker baselineOn = new DatePicker(
                getTranslation("project.admin.baselineOn"), LocalDate.now().minusYears(1));
        baselineOn.setId("indicator-baseline-on");
        BigDecimalField target = new BigDecimalField(getTranslation("project.admin.targetValue"));
        target.setId("indicator-target");
        DatePicker targetOn = new DatePicker(
                getTranslation("project.admin.targetOn"), LocalDate.now().plusYears(3));
        targetOn.setId("indicator-target-on");
        Select<Frequency> frequency = new Select<>();
        frequency.setLabel(getTranslation("project.admin.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(value -> getTranslation("project.frequency." + value.name()));
        frequency.setValue(Frequency.YEARLY);
        frequency.setId("indicator-frequency");
        Select<Direction> direction = new Select<>();
        direction.setLabel(getTranslation("project.admin.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(value -> getTranslation("project.direction." + value.name()));
        direction.setValue(Direction.HIGHER_IS_BETTER);
        direction.setId("indicator-direction");
        Button propose = new Button(getTranslation("project.admin.addIndicator"), click -> {
            try {
                indicators.define(
                        actor,
                        projectId,
                        new IndicatorForm(
                                action.getValue() == null
                                        ? null
                                        : action.getValue().id(),
                                name.getValue(),
                                definition.getValue(),
                                unit.getValue(),
                                source.getValue(),
                                baseline.getValue(),
                                baselineOn.getValue(),
                                target.getValue(),
                                targetOn.getValue(),
                                frequency.getValue(),
                                direction.getValue(),
                                owner.getValue()));
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        propose.setId("indicator-create");
        add(
                new H2(getTranslation("project.admin.indicator")),
                name,
                definition,
                unit,
                source,
                owner,
                action,
                baseline,
                baselineOn,
                target,
                targetOn,
                frequency,
                direction,
                propose);
    }

    private TextField text(String label, String id, int maxLength) {
        TextField field = new TextField(getTranslation(label));
        field.setMaxLength(maxLength);
        field.setId(id);
        return field;
    }
}
