package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionDetails;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MajorityRule;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.motion.model.Outcome;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.TieRule;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import java.util.Arrays;

/** The secretariat publishes a draft, then plans its vote: in a sitting or online, ballot kind, rules, quorum, window. */
class PlanPanel extends Div {

    PlanPanel(
            MotionService motions,
            VotingSessionService sessions,
            SittingService sittings,
            Actor actor,
            MotionDetails page,
            StatusMessage status) {
        setId("plan-panel");
        if (page.motion().status() == MotionStatus.DRAFT) {
            Button publish = new Button(
                    getTranslation("motion.publish"),
                    click -> Confirmation.ask(
                            getTranslation("motion.confirm.publish.header"),
                            getTranslation("motion.confirm.publish.text"),
                            getTranslation("motion.publish"),
                            getTranslation("motion.confirm.cancel"),
                            "confirm-motion-publish",
                            () -> act(
                                    status,
                                    () -> motions.publish(actor, page.motion().storedId()))));
            publish.setId("motion-publish");
            add(publish);
            return;
        }
        boolean running = page.sessions().stream().anyMatch(session -> session.status() != VotingSession.Status.CLOSED);
        if (page.motion().status() != MotionStatus.PUBLISHED || running) {
            return;
        }
        add(new H2(getTranslation("motion.plan.heading")));
        Select<Sitting> sitting = new Select<>();
        sitting.setLabel(getTranslation("motion.plan.sitting"));
        sitting.setItems(sittings.sittings(page.motion().councilId()).stream()
                .filter(s -> s.status() == Sitting.Status.CONVENED)
                .toList());
        sitting.setItemLabelGenerator(item -> item == null ? getTranslation("motion.plan.online") : item.title());
        sitting.setEmptySelectionAllowed(true);
        sitting.setEmptySelectionCaption(getTranslation("motion.plan.online"));
        sitting.setId("plan-sitting");
        Select<BallotKind> kind = select(
                "motion.plan.ballotKind", "motion.ballotKind.", BallotKind.values(), BallotKind.ROLL_CALL, "plan-kind");
        VotingMethod[] methods = Arrays.stream(VotingMethod.values())
                .filter(method -> method.needsOptions() == page.motion().kind().hasOptions())
                .toArray(VotingMethod[]::new);
        Select<VotingMethod> method =
                select("motion.plan.method", "motion.method.", methods, methods[0], "plan-method");
        Select<MajorityRule> majority = select(
                "motion.plan.majority",
                "motion.majority.",
                MajorityRule.values(),
                MajorityRule.SIMPLE,
                "plan-majority");
        Checkbox doubleMajority = new Checkbox(getTranslation("motion.doubleMajority"));
        doubleMajority.setId("plan-double");
        Select<TieRule> tie = select("motion.plan.tie", "motion.tie.", TieRule.values(), TieRule.REJECTED, "plan-tie");
        TextField quorum = new TextField(getTranslation("motion.plan.quorum"));
        quorum.setValue("1/2");
        quorum.setHelperText(getTranslation("motion.plan.quorum.help"));
        quorum.setId("plan-quorum");
        VotingSession lacking = page.sessions().stream()
                .filter(session -> session.outcome() == Outcome.NO_QUORUM)
                .reduce((a, b) -> b)
                .orElse(null);
        DateTimePicker opens = new DateTimePicker(
                getTranslation("motion.plan.opens", fr.convergences.base.i18n.Messages.zone(page.zone(), getLocale())));
        opens.setId("plan-opens");
        DateTimePicker closes = new DateTimePicker(getTranslation(
                "motion.plan.closes", fr.convergences.base.i18n.Messages.zone(page.zone(), getLocale())));
        closes.setId("plan-closes");
        Button plan = new Button(
                getTranslation("motion.plan.submit"),
                click -> act(status, () -> {
                    String[] fraction = quorum.getValue() == null
                            ? new String[0]
                            : quorum.getValue().strip().split("/");
                    Integer numerator = null;
                    Integer denominator = null;
                    if (fraction.length == 2) {
                        try {
                            numerator = Integer.parseInt(fraction[0].strip());
                            denominator = Integer.parseInt(fraction[1].strip());
                        } catch (NumberFormatException e) {
                            throw new UserFacingException("motion.session.quorum.invalid");
                        }
                    } else if (!quorum.getValue().isBlank()) {
                        throw new UserFacingException("motion.session.quorum.invalid");
                    }
                    sessions.plan(
                            actor,
                            page.motion().storedId(),
                            new SessionForm(
                                    sitting.getValue() == null
                                            ? null
                                            : sitting.getValue().id(),
                                    kind.getValue(),
                                    method.getValue(),
                                    majority.getValue(),
                                    doubleMajority.getValue(),
                                    tie.getValue(),
                                    numerator,
                                    denominator,
                                    numerator == null && lacking != null ? lacking.id() : null,
                                    opens.getValue(),
                                    closes.getValue()));
                }));
        plan.setId("plan-submit");
        Div form = new Div(sitting, kind, method, majority, doubleMajority, tie, quorum, opens, closes, plan);
        form.addClassName("narrow-form");
        add(form);
    }

    private <T extends Enum<T>> Select<T> select(String label, String prefix, T[] values, T value, String id) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(values);
        select.setItemLabelGenerator(item -> getTranslation(prefix + item.name()));
        select.setValue(value);
        select.setId(id);
        return select;
    }

    private static void act(StatusMessage status, Runnable action) {
        try {
            action.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
