package fr.convergences.contribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;

/** Reporting a contribution (anyone signed in) and hiding or restoring it (moderators), each with a reason. */
final class ModerationForms {

    private ModerationForms() {
    }

    static final class Report extends Div {
        Report(ModerationService moderation, Actor actor, long contributionId, StatusMessage status) {
            addClassName("inline-form");
            TextField reason = new TextField(getTranslation("contribution.report.reasonLabel"));
            reason.setId("report-reason");
            Button report = new Button(getTranslation("contribution.report"), click -> {
                try {
                    moderation.report(actor, contributionId, reason.getValue());
                    UI.getCurrent().getPage().reload();
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            report.setId("report");
            add(reason, report);
        }
    }

    static final class Decide extends Div {
        Decide(ModerationService moderation, Actor actor, long contributionId, StatusMessage status, boolean hide) {
            addClassName("inline-form");
            TextField reason = new TextField(getTranslation("contribution.moderation.reasonLabel"));
            reason.setId("moderation-reason");
            Button decide = new Button(getTranslation(hide ? "contribution.moderation.hide" : "contribution.moderation.restore"), click -> {
                try {
                    if (hide) {
                        moderation.hide(actor, contributionId, reason.getValue());
                    } else {
                        moderation.restore(actor, contributionId, reason.getValue());
                    }
                    UI.getCurrent().getPage().reload();
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            decide.setId(hide ? "moderation-hide" : "moderation-restore");
            add(reason, decide);
        }
    }
}
