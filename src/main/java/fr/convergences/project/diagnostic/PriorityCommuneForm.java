package fr.convergences.project.diagnostic;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.util.List;
import java.util.Map;

/** Flags a commune of the territory as a priority with the reason, and lists (and unflags) the flagged ones. */
class PriorityCommuneForm extends Div {

    PriorityCommuneForm(
            DiagnosticService diagnostics,
            Actor actor,
            long diagnosticId,
            Map<String, String> communes,
            List<DiagnosticDetails.PriorityView> priorities,
            StatusMessage status) {
        addClassName("narrow-form");
        add(new H2(getTranslation("diagnostic.priorities.heading")));
        UnorderedList flagged = new UnorderedList();
        flagged.setId("diagnostic-admin-priorities");
        for (DiagnosticDetails.PriorityView priority : priorities) {
            flagged.add(new ListItem(
                    new Span(getTranslation("diagnostic.page.priority", priority.commune(), priority.reason()) + " "),
                    Forms.button(
                            getTranslation("diagnostic.admin.unflag", priority.commune()),
                            "diagnostic-unflag-" + priority.inseeCode(),
                            status,
                            () -> diagnostics.unflagCommune(actor, diagnosticId, priority.inseeCode()))));
        }
        Select<String> commune = new Select<>();
        commune.setLabel(getTranslation("diagnostic.admin.commune"));
        commune.setItems(communes.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList());
        commune.setItemLabelGenerator(code -> communes.getOrDefault(code, code));
        commune.setId("diagnostic-priority-commune");
        TextField reason = new TextField(getTranslation("diagnostic.admin.reason"));
        reason.setMaxLength(DiagnosticService.REASON_MAX_LENGTH);
        reason.setId("diagnostic-priority-reason");
        add(
                flagged,
                commune,
                reason,
                Forms.button(
                        getTranslation("diagnostic.admin.flag"),
                        "diagnostic-flag",
                        status,
                        () -> diagnostics.flagCommune(actor, diagnosticId, commune.getValue(), reason.getValue())));
    }
}
