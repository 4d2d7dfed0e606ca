package fr.convergences.contribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.CharactersLeft;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.time.ZoneId;
import java.util.Set;

/** The author's tools on their contribution: publish or discard a draft, edit within the window, add an addendum, withdraw. */
public class AuthorSection extends Div {

    private final StatusMessage status;

    public AuthorSection(
            ContributionService contributions,
            Actor actor,
            Contribution contribution,
            ZoneId zone,
            StatusMessage status) {
        this.status = status;
        ContributionService.AuthorTools tools = contributions.authorTools(actor, contribution.storedId());
        if (!tools.isAuthor()) {
            return;
        }
        setId("author-tools");
        addClassName("author-tools");
        long id = contribution.storedId();
        if (contribution.isDraft()) {
            add(new Paragraph(getTranslation("contribution.draft.notice")));
        }
        if (tools.canEdit()) {
            Anchor edit = new Anchor("contributions/" + id + "/modifier", getTranslation("contribution.edit.link"));
            edit.setId("contribution-edit-link");
            add(new Paragraph(edit));
            if (tools.editableUntil() != null) {
                add(new Paragraph(getTranslation(
                        "contribution.edit.untilMoment",
                        fr.convergences.base.i18n.Messages.moment(
                                tools.editableUntil().atZone(zone), getLocale()))));
            }
        }
        if (tools.canPublish()) {
            Button publish = new Button(
                    getTranslation("contribution.submit"),
                    click -> act(() -> contributions.publish(actor, id), "contribution.confirm.published"));
            publish.setId("draft-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setDisableOnClick(true);
            Button discard = new Button(getTranslation("contribution.draft.discard"), click -> {
                try {
                    contributions.discardDraft(actor, id);
                    UI.getCurrent().navigate("consultations/" + contribution.consultationId());
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            discard.setId("draft-discard");
            add(publish, discard);
        }
        if (tools.canWithdraw()) {
            add(addendumForm(contributions, actor, id), withdrawal(contributions, actor, id));
        }
    }

    private Div addendumForm(ContributionService contributions, Actor actor, long id) {
        TextArea text = new TextArea(getTranslation("contribution.addendum.label"));
        text.setId("addendum-text");
        CharactersLeft.show(text, Addendum.BODY_MAX_LENGTH, "contribution.field.body.left");
        Button add = new Button(getTranslation("contribution.addendum.add"), click -> {
            String typed = text.getValue();
            Set<PersonalDataDetector.Kind> masked = contributions.personalDataMaskedInAddendum(typed);
            String done = getTranslation("contribution.confirm.addendum");
            actSaying(
                    () -> contributions.addAddendum(actor, id, typed),
                    masked.isEmpty() ? done : done + " " + MaskedNotice.notKept(this, masked));
        });
        add.setId("addendum-add");
        add.setDisableOnClick(true);
        Div form = new Div(text, add);
        form.addClassName("narrow-form");
        return form;
    }

    /** Two steps, so that a stray click does not withdraw: the first asks, the second confirms. */
    private Div withdrawal(ContributionService contributions, Actor actor, long id) {
        Button confirm = new Button(
                getTranslation("contribution.withdraw.confirm"),
                click -> act(() -> contributions.withdraw(actor, id), "contribution.confirm.withdrawn"));
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setVisible(false);
        Button ask = new Button(getTranslation("contribution.withdraw"), click -> {
            confirm.setVisible(true);
            confirm.focus();
        });
        ask.setId("withdraw");
        return new Div(ask, confirm);
    }

    /** Runs the use case, says what it did, and shows the page again (a route refresh keeps the confirmation on screen). */
    private void act(Runnable useCase, String doneKey) {
        actSaying(useCase, getTranslation(doneKey));
    }

    private void actSaying(Runnable useCase, String doneText) {
        try {
            useCase.run();
            Confirmation.show(doneText);
            UI.getCurrent().refreshCurrentRoute(false);
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
