package fr.convergences.territory.council;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Elision;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Recording the president, the vice-president and bureau members among the titulars in office. */
class BureauPanel extends Div {

    BureauPanel(BureauService bureau, Actor actor, long councilId, List<Mandate> mandates) {
        addClassName("narrow-form");
        ComboBox<Mandate> titular = new ComboBox<>(getTranslation("territory.bureau.field.titular"));
        titular.setItems(mandates.stream()
                .filter(mandate -> mandate.kind() == MandateKind.TITULAR && mandate.status() == MandateStatus.ACTIVE)
                .toList());
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
            Mandate chosen = titular.getValue();
            if (chosen == null) {
                status.error(new UserFacingException("territory.mandate.unknown"));
                return;
            }
            BureauPosition seat = position.getValue();
            // The presidency and the vice-presidency are single seats: replacing their holder is asked first, by name.
            Optional<BureauService.Holder> holder = seat.isSingle()
                    ? bureau.holder(councilId, seat).filter(h -> h.mandateId() != chosen.storedId())
                    : Optional.empty();
            if (holder.isEmpty()) {
                assign(bureau, actor, councilId, chosen, seat, null, status);
                return;
            }
            String replaced = holder.get().personName();
            Confirmation.ask(
                    getTranslation("territory.bureau.replace.header", replaced, Elision.keyword(replaced)),
                    getTranslation(
                            "territory.bureau.replace.text",
                            replaced,
                            getTranslation("territory.bureau." + seat.name()),
                            chosen.personName()),
                    getTranslation("territory.bureau.replace.confirm"),
                    getTranslation("territory.bureau.replace.cancel"),
                    "confirm-bureau-replace",
                    () -> assign(
                            bureau, actor, councilId, chosen, seat, holder.get().mandateId(), status));
        });
        assign.setId("bureau-assign");
        add(status, titular, position, assign);
    }

    private static void assign(
            BureauService bureau,
            Actor actor,
            long councilId,
            Mandate chosen,
            BureauPosition seat,
            @Nullable Long replaced,
            StatusMessage status) {
        try {
            bureau.assign(actor, councilId, chosen.storedId(), seat, replaced);
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
