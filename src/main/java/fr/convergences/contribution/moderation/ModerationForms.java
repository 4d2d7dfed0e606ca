package fr.convergences.contribution.moderation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The moderation forms: each runs one use case with what was typed, then reloads the page, or shows the refusal.
 * Ids are built from a prefix, so that a page with several contents keeps them unique.
 */
public final class ModerationForms {

    static final String CHARTER_ROUTE = "charte-de-participation";

    private ModerationForms() {}

    /**
     * Runs a use case; the page reloads to show its effect, or the refusal is shown and announced. The page's message
     * sits under its title, far above the forms at the bottom: it is scrolled into view, or sighted people miss it.
     */
    public static void run(StatusMessage status, Runnable useCase) {
        try {
            useCase.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
            status.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        }
    }

    /**
     * Runs a use case and says in words what it did: the confirmation stays on screen while the page shows the
     * effect (a route refresh, not a reload, which would take the confirmation away).
     */
    public static void run(StatusMessage status, Runnable useCase, String doneKey) {
        runAndSay(status, useCase, status.getTranslation(doneKey));
    }

    /** As {@link #run(StatusMessage, Runnable, String)}, with the confirmation's text already written. */
    public static void runAndSay(StatusMessage status, Runnable useCase, String doneText) {
        try {
            useCase.run();
            Confirmation.show(doneText);
            UI.getCurrent().refreshCurrentRoute(false);
        } catch (UserFacingException refusal) {
            status.error(refusal);
            status.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        }
    }

    /** The participation charter, next to the forms whose use it governs. */
    public static Paragraph charterLink(String text) {
        return new Paragraph(new Anchor(CHARTER_ROUTE, text));
    }

    /** A disclosure (native details element: keyboard-accessible, announced as expandable) holding forms. */
    public static NativeDetails disclosure(String id, String summary, Component... content) {
        NativeDetails details = new NativeDetails(summary, new Div(content));
        details.setId(id);
        details.addClassName("moderation-details");
        return details;
    }

    /** One reason, one button. */
    public static final class ReasonForm extends Div {
        public ReasonForm(
                String id, String labelKey, String buttonKey, StatusMessage status, Consumer<String> useCase) {
            this(id + "-reason", id, labelKey, buttonKey, status, useCase);
        }

        public ReasonForm(
                String reasonId,
                String buttonId,
                String labelKey,
                String buttonKey,
                StatusMessage status,
                Consumer<String> useCase) {
            this(reasonId, buttonId, labelKey, buttonKey, null, status, useCase);
        }

        /** With {@code doneKey}, the sentence that confirms what was done. */
        public ReasonForm(
                String reasonId,
                String buttonId,
                String labelKey,
                String buttonKey,
                @Nullable String doneKey,
                StatusMessage status,
                Consumer<String> useCase) {
            addClassName("inline-form");
            TextField reason = new TextField(getTranslation(labelKey));
            reason.setMaxLength(ModerationService.REASON_MAX_LENGTH);
            reason.setId(reasonId);
            Button go = new Button(getTranslation(buttonKey), click -> {
                if (doneKey == null) {
                    run(status, () -> useCase.accept(reason.getValue()));
                } else {
                    run(status, () -> useCase.accept(reason.getValue()), doneKey);
                }
            });
            go.setId(buttonId);
            add(reason, go);
        }
    }

    /** The passage to redact, exactly as written, and the reason. */
    public static final class RedactForm extends Div {
        public RedactForm(String id, StatusMessage status, BiConsumer<String, String> useCase) {
            addClassName("inline-form");
            TextField passage = new TextField(getTranslation("moderation.redaction.passageLabel"));
            passage.setHelperText(getTranslation("moderation.redaction.passageHelp"));
            passage.setMaxLength(Redaction.PASSAGE_MAX_LENGTH);
            passage.setId(id + "-passage");
            TextField reason = new TextField(getTranslation("contribution.moderation.reasonLabel"));
            reason.setMaxLength(ModerationService.REASON_MAX_LENGTH);
            reason.setId(id + "-reason");
            // A redaction erases the words for good: the moderator confirms, seeing the passage, before anything is
            // written.
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId(id + "-dialog");
            confirm.setHeader(getTranslation("moderation.redaction.confirm.title"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("moderation.redaction.confirm.cancel"));
            Button ok = new Button(getTranslation("moderation.redaction.confirm.ok"), click -> {
                confirm.close();
                run(status, () -> useCase.accept(passage.getValue(), reason.getValue()), "moderation.redaction.done");
            });
            ok.setId(id + "-confirm");
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            confirm.setConfirmButton(ok);
            Button go = new Button(getTranslation("moderation.redaction.submit"), click -> {
                confirm.setText(getTranslation("moderation.redaction.confirm.text", passage.getValue()));
                confirm.open();
            });
            go.setId(id);
            add(passage, reason, go, confirm);
        }
    }

    /** The author's one appeal against a decision. */
    static final class AppealForm extends Div {
        AppealForm(ModerationService moderation, Actor actor, long decisionId, StatusMessage status) {
            addClassName("narrow-form");
            String id = "appeal-" + decisionId;
            TextArea text = new TextArea(getTranslation("moderation.appeal.textLabel"));
            text.setMaxLength(ModerationAppeal.TEXT_MAX_LENGTH);
            text.setHelperText(getTranslation("moderation.appeal.once"));
            text.setId(id + "-text");
            Button go = new Button(
                    getTranslation("moderation.appeal.submit"),
                    click -> run(status, () -> moderation.appeal(actor, decisionId, text.getValue())));
            go.setId(id);
            add(text, go);
        }
    }

    /** A moderator upholds or reverses the decision appealed against, with a reason. */
    static final class AppealDecisionForm extends Div {
        AppealDecisionForm(
                ModerationService moderation, Actor actor, ModerationQueue.PendingAppeal appeal, StatusMessage status) {
            addClassName("narrow-form");
            String id = "appeal-decision-" + appeal.appealId();
            RadioButtonGroup<ModerationAppeal.Outcome> outcome =
                    new RadioButtonGroup<>(getTranslation("moderation.appeal.outcomeLabel"));
            outcome.setItems(ModerationAppeal.Outcome.values());
            outcome.setItemLabelGenerator(value -> getTranslation("moderation.appeal.outcome." + value.name()));
            outcome.setId(id + "-outcome");
            add(outcome);
            if (appeal.kind() == ModerationDecision.Kind.REDACT) {
                add(new Paragraph(getTranslation("moderation.appeal.redactionCannotBeUndone")));
            }
            TextField reason = new TextField(getTranslation("contribution.moderation.reasonLabel"));
            reason.setMaxLength(ModerationService.REASON_MAX_LENGTH);
            reason.setId(id + "-reason");
            Button go = new Button(
                    getTranslation("moderation.appeal.decide"),
                    click -> run(
                            status,
                            () -> moderation.decideAppeal(
                                    actor, appeal.appealId(), outcome.getValue(), reason.getValue())));
            go.setId(id);
            add(reason, go);
        }
    }

    /** Suspending a person from taking part in the council, until a last day or until lifted. */
    static final class SuspendForm extends Div {
        SuspendForm(String id, StatusMessage status, BiConsumer<String, LocalDate> useCase) {
            addClassName("inline-form");
            TextField reason = new TextField(getTranslation("moderation.suspension.reasonLabel"));
            reason.setMaxLength(ModerationService.REASON_MAX_LENGTH);
            reason.setId(id + "-reason");
            DatePicker lastDay = new DatePicker(getTranslation("moderation.suspension.lastDayLabel"));
            lastDay.setLocale(getLocale());
            lastDay.setHelperText(getTranslation("moderation.suspension.lastDayHelp"));
            lastDay.setId(id + "-last-day");
            Button go = new Button(
                    getTranslation("moderation.suspension.submit"),
                    click -> run(status, () -> useCase.accept(reason.getValue(), lastDay.getValue())));
            go.setId(id);
            add(reason, lastDay, go);
        }
    }
}
