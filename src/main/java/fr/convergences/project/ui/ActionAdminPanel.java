package fr.convergences.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.model.Motion;
import fr.convergences.project.ActionDetails;
import fr.convergences.project.ActionService;
import fr.convergences.project.ActionStatus;
import fr.convergences.project.LinkKind;
import fr.convergences.project.ProgressAttachment;
import fr.convergences.project.ProgressEntry;
import fr.convergences.project.ProjectAction;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up controls on an action's page: change its status (with a reason to abandon it), log progress, link a
 * decision; the owner organisation's administrators get the first two, without abandoning.
 */
class ActionAdminPanel extends Div {

    ActionAdminPanel(
            ActionService actions, Actor actor, ActionDetails page, List<Motion> decided, StatusMessage status) {
        addClassName("narrow-form");
        setId("action-admin");
        long actionId = StoredId.of(page.action().id());
        add(new H2(getTranslation("project.admin.actionFollowUp")));
        if (!page.action().status().isFinal()) {
            Select<ActionStatus> next = new Select<>();
            next.setLabel(getTranslation("project.admin.newStatus"));
            // The owner organisation records the start and the completion; abandoning is the council's decision.
            next.setItems(java.util.Arrays.stream(ActionStatus.values())
                    .filter(value -> page.canManage() || value != ActionStatus.ABANDONED)
                    .toList());
            next.setItemLabelGenerator(value -> getTranslation("project.status." + value.name()));
            next.setId("action-next-status");
            TextArea reason = new TextArea(getTranslation("project.admin.reason"));
            reason.setMaxLength(ProjectAction.REASON_MAX_LENGTH);
            reason.setId("action-reason-input");
            add(
                    next,
                    reason,
                    button(
                            "project.admin.changeStatus",
                            "action-change-status",
                            status,
                            () -> actions.changeStatus(actor, actionId, next.getValue(), reason.getValue())));
        }
        DatePicker notedOn = new DatePicker(getTranslation("project.admin.notedOn"), LocalDate.now(page.zone()));
        notedOn.setId("progress-date");
        TextArea text = new TextArea(getTranslation("project.admin.progressText"));
        text.setMaxLength(ProgressEntry.TEXT_MAX_LENGTH);
        text.setId("progress-text");
        TextField attachmentLabel = new TextField(getTranslation("project.admin.attachmentLabel"));
        attachmentLabel.setMaxLength(ProgressAttachment.LABEL_MAX_LENGTH);
        attachmentLabel.setId("progress-attachment-label");
        TextField attachmentUrl = new TextField(getTranslation("project.admin.attachmentUrl"));
        attachmentUrl.setMaxLength(ProgressAttachment.URL_MAX_LENGTH);
        attachmentUrl.setId("progress-attachment-url");
        add(
                notedOn,
                text,
                attachmentLabel,
                attachmentUrl,
                button(
                        "project.admin.logProgress",
                        "progress-log",
                        status,
                        () -> actions.logProgress(
                                actor,
                                actionId,
                                notedOn.getValue(),
                                text.getValue(),
                                List.of(new ProgressAttachment(
                                        0, attachmentLabel.getValue(), attachmentUrl.getValue())))));
        if (!page.canManage()) {
            return;
        }
        Select<Motion> motion = new Select<>();
        motion.setLabel(getTranslation("project.admin.linkMotion"));
        motion.setItems(decided);
        motion.setItemLabelGenerator(Motion::title);
        motion.setId("action-link-motion");
        add(
                motion,
                button(
                        "project.admin.link",
                        "action-link",
                        status,
                        () -> actions.link(
                                actor,
                                actionId,
                                LinkKind.MOTION,
                                motion.getValue() == null
                                        ? -1
                                        : StoredId.of(motion.getValue().id()))));
        com.vaadin.flow.component.textfield.IntegerField contribution =
                new com.vaadin.flow.component.textfield.IntegerField(getTranslation("project.admin.linkContribution"));
        contribution.setMin(1);
        contribution.setId("action-link-contribution");
        add(
                contribution,
                button(
                        "project.admin.link",
                        "action-link-contribution-button",
                        status,
                        () -> actions.link(
                                actor,
                                actionId,
                                LinkKind.CONTRIBUTION,
                                contribution.getValue() == null ? -1 : contribution.getValue())));
    }

    private Button button(String label, String id, StatusMessage status, Runnable change) {
        Button button = new Button(getTranslation(label), click -> {
            try {
                change.run();
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        button.setId(id);
        return button;
    }
}
