package fr.convergences.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.BallotPanel;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.ChoiceText;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.ApprovalBallotPolicy;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionOption;
import fr.convergences.motion.model.RankedBallotPolicy;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The member's ballots in an open session: one form per seat they may vote for (their own, the one they
 * replace as substitute, the one they hold a proxy of), each cast separately. A roll-call ballot can be
 * changed until close; a secret ballot is final and its receipt code is shown once, here.
 */
class BallotForm extends Div {

    private final BallotService ballots;
    private final SittingService sittings;
    private final Actor actor;
    private final VotingSession session;
    private final List<MotionOption> options;
    private final StatusMessage status;

    BallotForm(
            BallotService ballots,
            SittingService sittings,
            Actor actor,
            VotingSession session,
            List<MotionOption> options,
            StatusMessage status) {
        this.ballots = ballots;
        this.sittings = sittings;
        this.actor = actor;
        this.session = session;
        this.options = options;
        this.status = status;
        addClassName("ballot-form");
        render(null);
    }

    private void render(@Nullable String receipt) {
        removeAll();
        BallotPanel panel = ballots.panel(actor, session.storedId());
        if (receipt != null) {
            Paragraph code = new Paragraph(receipt);
            code.setId("receipt-code");
            code.addClassName("receipt-code");
            add(new Paragraph(getTranslation("motion.ballot.receipt")), code);
        }
        if (panel.consultative()) {
            Paragraph consultative = new Paragraph(getTranslation("motion.ballot.consultative"));
            consultative.setId("ballot-consultative-" + session.id());
            add(consultative);
        }
        if (panel.canJoin()) {
            Button join = new Button(getTranslation("motion.attendance.join"), click -> {
                try {
                    sittings.join(
                            actor,
                            Objects.requireNonNull(panel.sittingId(), "one joins only a vote held in a sitting"));
                    render(null);
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            join.setId("join-sitting-" + session.id());
            add(join);
        }
        Map<Long, String> labels = options.stream()
                .collect(Collectors.toMap(MotionOption::id, MotionOption::label, (a, b) -> a, LinkedHashMap::new));
        for (BallotPanel.SeatBallot seat : panel.seats()) {
            Div block = new Div();
            block.setId("ballot-" + session.id() + "-" + seat.seatMandateId());
            block.addClassName("seat-ballot");
            block.add(new H4(getTranslation(
                    "motion.ballot.seat." + seat.capacity().name(),
                    seat.personName(),
                    fr.convergences.base.i18n.Elision.keyword(seat.personName()))));
            if (seat.currentChoice() != null) {
                Paragraph current = new Paragraph(getTranslation(
                        "motion.ballot.current",
                        ChoiceText.of(this::getTranslation, session.method(), seat.currentChoice(), labels)));
                current.setId("current-" + session.id() + "-" + seat.seatMandateId());
                block.add(current);
            }
            if (seat.secretCast()) {
                block.add(new Paragraph(getTranslation("motion.ballot.secretCast")));
            } else if (seat.refusalKey() == null) {
                block.add(choiceInput(seat, labels));
            } else if (!("motion.ballot.notPresent".equals(seat.refusalKey()) && panel.canJoin())) {
                block.add(new Paragraph(getTranslation(seat.refusalKey())));
            }
            add(block);
        }
    }

    private Div choiceInput(BallotPanel.SeatBallot seat, Map<Long, String> labels) {
        String id = session.id() + "-" + seat.seatMandateId();
        Supplier<BallotChoice> choice;
        Div input = new Div();
        switch (session.method()) {
            case FOR_AGAINST -> {
                RadioButtonGroup<Vote> group = new RadioButtonGroup<>(getTranslation("motion.ballot.choice"));
                group.setItems(Vote.values());
                group.setItemLabelGenerator(vote -> getTranslation("motion.vote." + vote.name()));
                group.setId("choice-" + id);
                input.add(group);
                choice = () -> group.getValue() == null ? null : new BallotChoice.ForAgainst(group.getValue());
            }
            case APPROVAL -> {
                CheckboxGroup<Long> group = new CheckboxGroup<>(getTranslation("motion.ballot.approve"));
                group.setItems(labels.keySet());
                group.setItemLabelGenerator(labels::get);
                group.setId("choice-" + id);
                input.add(group);
                choice = () -> ApprovalBallotPolicy.approval(group.getValue(), labels.keySet());
            }
            default -> {
                Map<Long, Select<Integer>> ranks = new LinkedHashMap<>();
                int position = 0;
                for (Map.Entry<Long, String> option : labels.entrySet()) {
                    Select<Integer> rank = new Select<>();
                    rank.setLabel(getTranslation("motion.ballot.rank", option.getValue()));
                    rank.setItems(java.util.stream.IntStream.rangeClosed(1, labels.size())
                            .boxed()
                            .toList());
                    rank.setItemLabelGenerator(
                            value -> value == null ? getTranslation("motion.ballot.unranked") : String.valueOf(value));
                    rank.setEmptySelectionAllowed(true);
                    rank.setEmptySelectionCaption(getTranslation("motion.ballot.unranked"));
                    rank.setId("rank-" + id + "-" + (++position));
                    ranks.put(option.getKey(), rank);
                    input.add(rank);
                }
                choice = () -> {
                    Map<Long, Integer> chosen = new LinkedHashMap<>();
                    ranks.forEach((option, rank) -> {
                        if (rank.getValue() != null) {
                            chosen.put(option, rank.getValue());
                        }
                    });
                    return RankedBallotPolicy.ranking(chosen, labels.keySet());
                };
            }
        }
        Button cast = new Button(
                getTranslation(seat.currentChoice() == null ? "motion.ballot.cast" : "motion.ballot.change"), click -> {
                    try {
                        BallotService.Cast result =
                                ballots.cast(actor, session.storedId(), seat.seatMandateId(), choice.get());
                        render(result.receipt());
                        status.success(getTranslation(
                                session.ballotKind() == BallotKind.SECRET
                                        ? "motion.ballot.castSecret"
                                        : result.changed() ? "motion.ballot.changed" : "motion.ballot.castDone"));
                    } catch (UserFacingException refusal) {
                        status.error(refusal);
                    }
                });
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cast.setId("cast-" + id);
        input.add(cast);
        return input;
    }
}
