package fr.convergences.debate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;

/**
 * The organiser's links (edit, registrations, attendance and minutes, captured contributions) and the moderator's
 * actions (approve a proposed debate, cancel one with a reason). Shown only to whom they are for; each action checks again.
 */
public class DebateToolsPanel extends Div {

    public DebateToolsPanel(
            DebateService debates, Actor actor, DebateDetails details, DebateTools tools, boolean canRecord) {
        setId("debate-tools");
        addClassName("debate-tools");
        long id = details.debate().storedId();
        StatusMessage status = new StatusMessage();
        status.setId("debate-tools-status");
        add(new H2(getTranslation("debate.tools.title")), status);
        UnorderedList links = new UnorderedList();
        links.addClassName("debate-links");
        if (tools.canEdit()) {
            links.add(link("debats/" + id + "/modifier", "debate.tools.edit", "edit-debate-link"));
        }
        if (tools.canManage()) {
            links.add(link("debats/" + id + "/inscriptions", "debate.tools.registrations", "registrations-link"));
        }
        if (canRecord) {
            links.add(link("debats/" + id + "/compte-rendu", "debate.tools.outcome", "outcome-link"));
            links.add(link("debats/" + id + "/saisie", "debate.tools.capture", "capture-link"));
        }
        if (links.getComponentCount() > 0) {
            add(links);
        }
        if (tools.canModerate() && details.debate().status() == DebateStatus.PENDING) {
            Button approve = new Button(getTranslation("debate.tools.approve"), click -> {
                try {
                    debates.approve(actor, id);
                    UI.getCurrent().getPage().reload();
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            approve.setId("approve-debate");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(approve);
        }
        if (tools.canCancel()) {
            TextArea reason = new TextArea(getTranslation("debate.tools.cancelReason"));
            reason.setId("cancel-reason");
            reason.setMaxLength(Debate.REASON_MAX_LENGTH);
            reason.setHelperText(getTranslation("debate.tools.cancelReason.help"));
            Button cancel = new Button(getTranslation("debate.tools.cancel"), click -> {
                try {
                    debates.cancel(actor, id, reason.getValue());
                    UI.getCurrent().getPage().reload();
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            cancel.setId("cancel-debate");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div form = new Div(reason, cancel);
            form.addClassName("narrow-form");
            add(form);
        }
    }

    private ListItem link(String href, String key, String id) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.setId(id);
        return new ListItem(anchor);
    }
}
