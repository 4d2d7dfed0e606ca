package fr.convergences.contribution;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;

/** Reporting (anyone signed in) and the moderators' decisions on a contribution's page. */
class ModerationSection extends Div {

    ModerationSection(ModerationService moderation, AnswerService answers, Actor actor, Contribution contribution, StatusMessage status) {
        long id = contribution.id();
        if (actor.isAuthenticated() && !contribution.hidden()) {
            add(new ModerationForms.Report(moderation, actor, id, status));
        }
        if (contribution.hidden()) {
            Paragraph hidden = new Paragraph(getTranslation("contribution.hidden.moderator", String.valueOf(contribution.hiddenReason())));
            hidden.setId("hidden-notice");
            add(hidden, new ModerationForms.Decide(moderation, actor, id, status, false));
        } else if (answers.canModerate(actor, id)) {
            add(new ModerationForms.Decide(moderation, actor, id, status, true));
        }
    }
}
