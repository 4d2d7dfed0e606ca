package fr.convergences.territory.council;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;

import java.util.List;

/** Recording the president, vice-presidents and bureau members among the titulars in office. */
class BureauPanel extends Div {

    BureauPanel(BureauService bureau, Actor actor, long councilId, List<Mandate> mandates) {
        addClassName("narrow-form");
        ComboBox<Mandate> titular = new ComboBox<>(getTranslation("territory.bureau.field.titular"));
        titular.setItems(mandates.stream().filter(mandate -> mandate.kind() == MandateKind.TITULAR && mandate.status() == MandateStatus.ACTIVE).toList());
        titular.setItemLabelGenerator(Mandate::personName);
        titular.setId("bureau-titular");
        Select<BureauPosition> position = new Select<>();
        position.setLabel(getTranslation("territory.bureau.field.position"));
        position.setItems(BureauPosition.values());
        position.setItemLabelGenerator(value -> getTranslation("territory.bureau." + value.name()));
        position.setValue(BureauPosition.MEMBER);
        position.setId("bureau-position");
        StatusMessage status = new StatusMessage();
        Button assign = new Button(getTranslation("territory.bureau.assign"), event -> {
            try {
                if (titular.getValue() == null) {
                    throw new UserFacingException("territory.mandate.unknown");
                }
                bureau.assign(actor, councilId, titular.getValue().id(), position.getValue());
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        assign.setId("bureau-assign");
        add(status, titular, position, assign);
    }
}
