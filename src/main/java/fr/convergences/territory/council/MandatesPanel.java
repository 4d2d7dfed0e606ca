package fr.convergences.territory.council;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The council's mandates, each with its status and an "end" action, and the appointment form. */
class MandatesPanel extends Div {

    MandatesPanel(MandateService mandates, CollegeService colleges, Actor actor, long councilId) {
        StatusMessage status = new StatusMessage();
        List<Mandate> all = mandates.mandates(actor, councilId);
        Map<Long, College> collegeById =
                colleges.colleges(councilId).stream().collect(Collectors.toMap(College::id, Function.identity()));
        UnorderedList list = new UnorderedList();
        list.setId("mandates");
        for (Mandate mandate : all) {
            ListItem item = new ListItem(new Span(getTranslation(
                            "territory.mandate.line",
                            mandate.personName(),
                            getTranslation(
                                    "territory.mandate.kind." + mandate.kind().name()),
                            Objects.requireNonNull(
                                            collegeById.get(mandate.collegeId()),
                                            "a mandate's college is one of its council's")
                                    .name(),
                            getTranslation("territory.mandate.status."
                                    + mandate.status().name()),
                            mandate.startsOn().toString(),
                            mandate.effectiveEnd().toString())
                    + " "));
            if (mandate.status() != MandateStatus.ENDED) {
                item.add(new EndMandateForm(mandates, actor, mandate, status));
            }
            list.add(item);
        }
        add(
                status,
                list,
                new AppointmentForm(mandates, actor, councilId, List.copyOf(collegeById.values()), all, status));
    }

    /** Ends a mandate today, with a reason. */
    static final class EndMandateForm extends Div {
        EndMandateForm(MandateService mandates, Actor actor, Mandate mandate, StatusMessage status) {
            addClassName("inline-form");
            TextField reason = new TextField(getTranslation("territory.mandate.end.reasonLabel"));
            reason.setId("end-reason-" + mandate.id());
            // Ending a mandate cannot be undone (a new appointment would be another mandate): asked first, by name.
            Button end = new Button(
                    getTranslation("territory.mandate.end"),
                    event -> Confirmation.ask(
                            getTranslation(
                                    "territory.mandate.end.confirm.header",
                                    mandate.personName(),
                                    fr.convergences.base.i18n.Elision.keyword(mandate.personName())),
                            getTranslation("territory.mandate.end.confirm.text"),
                            getTranslation("territory.mandate.end"),
                            getTranslation("territory.bureau.replace.cancel"),
                            "confirm-end-" + mandate.id(),
                            () -> {
                                try {
                                    mandates.end(actor, mandate.storedId(), LocalDate.now(), reason.getValue());
                                    UI.getCurrent().getPage().reload();
                                } catch (UserFacingException refusal) {
                                    status.error(refusal);
                                }
                            }));
            end.setId("end-" + mandate.id());
            end.setAriaLabel(getTranslation(
                    "territory.mandate.endWhose",
                    mandate.personName(),
                    fr.convergences.base.i18n.Elision.keyword(mandate.personName())));
            add(reason, end);
        }
    }
}
