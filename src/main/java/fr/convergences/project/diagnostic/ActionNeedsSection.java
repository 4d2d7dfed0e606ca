package fr.convergences.project.diagnostic;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.util.List;

/**
 * On an action's page: the needs of the diagnostic it answers, each linked to its place in the diagnostic; for the
 * council admin, the choice of another need of the published diagnostic to link.
 */
public class ActionNeedsSection extends Div {

    public ActionNeedsSection(
            DiagnosticService diagnostics,
            Actor actor,
            long actionId,
            long councilId,
            String councilSlug,
            boolean canManage,
            StatusMessage status) {
        setId("action-needs");
        List<DiagnosticStore.AnsweredNeed> answered = diagnostics.needsAnsweredBy(actionId);
        List<DiagnosticStore.Need> needs = canManage ? diagnostics.publishedNeeds(councilId) : List.of();
        if (answered.isEmpty() && needs.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("diagnostic.action.needs")));
        UnorderedList list = new UnorderedList();
        answered.forEach(need -> list.add(new ListItem(
                new Anchor("conseils/" + councilSlug + "/diagnostic#besoin-" + need.reference(), need.title()))));
        if (!answered.isEmpty()) {
            add(list);
        }
        if (canManage && !needs.isEmpty()) {
            Select<DiagnosticStore.Need> need = new Select<>();
            need.setLabel(getTranslation("diagnostic.action.linkNeed"));
            need.setItems(needs);
            need.setItemLabelGenerator(DiagnosticStore.Need::title);
            need.setId("action-link-need");
            Div form = new Div(
                    need,
                    Forms.button(
                            getTranslation("diagnostic.action.link"),
                            "action-link-need-button",
                            status,
                            () -> diagnostics.answerNeed(
                                    actor,
                                    actionId,
                                    need.getValue() == null
                                            ? -1
                                            : need.getValue().reference())));
            form.addClassName("narrow-form");
            add(form);
        }
    }
}
