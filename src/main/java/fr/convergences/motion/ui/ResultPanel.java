package fr.convergences.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.ChoiceText;
import fr.convergences.motion.application.ResultTables;
import fr.convergences.motion.application.SessionResult;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.TallyResult;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import java.util.ArrayList;
import java.util.List;

/**
 * A closed session's published result: outcome, totals and participation, a bar chart with its data
 * table per college, the pairwise table of a ranked vote, who voted what (roll-call) or the secret ballots
 * sorted by receipt with a receipt check (no names), the chain's head and the minutes.
 */
class ResultPanel extends Div {

    ResultPanel(SessionResult result, BallotService ballots) {
        VotingSession session = result.session();
        TallyResult tally = result.tally();
        addClassName("session-result");
        String outcome = getTranslation("motion.outcome." + tally.outcome().name())
                + (tally.winningOption() == null
                        ? ""
                        : " — "
                                + getTranslation(
                                        "motion.result.winner",
                                        result.optionLabels().get(tally.winningOption())))
                + (tally.castingVoteUsed() ? " (" + getTranslation("motion.result.castingVote") + ")" : "");
        Paragraph decision = new Paragraph(outcome);
        decision.setId("outcome-" + session.id());
        decision.addClassName("outcome");
        add(decision);
        String verdict = ResultTables.collegeVerdict(result, this::getTranslation);
        if (verdict != null) {
            Paragraph colleges = new Paragraph(verdict);
            colleges.setId("college-verdict-" + session.id());
            add(colleges);
        }
        Paragraph participation = new Paragraph(String.join(
                " · ",
                getTranslation("motion.result.electorate", tally.electorate()),
                getTranslation("motion.result.present", tally.presentOrRepresented()),
                getTranslation(tally.quorumReached() ? "motion.result.quorumReached" : "motion.result.quorumMissed"),
                getTranslation("motion.result.ballots", tally.ballots())));
        participation.setId("participation-" + session.id());
        add(participation);
        List<BarChart.Bar> bars = new ArrayList<>();
        if (session.method() == VotingMethod.FOR_AGAINST) {
            add(new Paragraph(
                    getTranslation("motion.result.totals", tally.forVotes(), tally.against(), tally.abstentions())));
            bars.add(new BarChart.Bar(getTranslation("motion.vote.FOR"), tally.forVotes()));
            bars.add(new BarChart.Bar(getTranslation("motion.vote.AGAINST"), tally.against()));
            bars.add(new BarChart.Bar(getTranslation("motion.vote.ABSTAIN"), tally.abstentions()));
        } else {
            List<String> labels = new ArrayList<>(result.optionLabels().values());
            for (int i = 0; i < labels.size(); i++) {
                bars.add(new BarChart.Bar(labels.get(i), tally.optionCounts().get(i)));
            }
            bars.add(new BarChart.Bar(getTranslation("motion.choice.blank"), tally.abstentions()));
        }
        BarChart chart = new BarChart(getTranslation("motion.result.chart"), bars);
        chart.setId("chart-" + session.id());
        add(
                new H4(getTranslation(
                        session.method() == VotingMethod.RANKED ? "motion.result.chartRanked" : "motion.result.chart")),
                chart);
        add(collegeTable(result));
        if (session.method() == VotingMethod.RANKED && tally.pairwise() != null) {
            add(pairwise(result));
        }
        if (session.ballotKind() == BallotKind.ROLL_CALL) {
            var table = Tables.of(
                    getTranslation("motion.minutes.rollCall"),
                    List.of(
                            getTranslation("motion.result.seat"),
                            getTranslation("motion.result.college"),
                            getTranslation("motion.result.castBy"),
                            getTranslation("motion.result.choice")),
                    result.rollCall().stream()
                            .map(line -> List.of(
                                    line.seatName(),
                                    line.collegeName(),
                                    line.voterName()
                                            + (line.capacity() == fr.convergences.motion.model.Capacity.SEAT
                                                    ? ""
                                                    : " ("
                                                            + getTranslation("motion.capacity."
                                                                    + line.capacity()
                                                                            .name())
                                                            + ")"),
                                    ChoiceText.of(
                                            this::getTranslation,
                                            session.method(),
                                            line.choice(),
                                            result.optionLabels())))
                            .toList());
            table.setId("roll-call-" + session.id());
            add(table);
        } else {
            add(secretList(result, ballots));
        }
        Paragraph head = new Paragraph(getTranslation("motion.result.head", session.publishedHead()));
        head.setId("head-" + session.id());
        head.addClassName("audit-head");
        Anchor minutes = new Anchor(
                "api/voting-sessions/" + session.id() + "/minutes.pdf", getTranslation("motion.result.minutes"));
        minutes.setRouterIgnore(true);
        minutes.setId("minutes-" + session.id());
        add(head, new Paragraph(minutes));
    }

    private Div collegeTable(SessionResult result) {
        ResultTables.Table table = ResultTables.colleges(result, this::getTranslation);
        Div colleges = scrolling(
                table, "motion.minutes.colleges", "colleges-" + result.session().id());
        if (table.note() != null) {
            Paragraph note = new Paragraph(table.note());
            note.setId("small-groups-" + result.session().id());
            colleges.add(note);
        }
        return colleges;
    }

    private Div pairwise(SessionResult result) {
        return scrolling(
                ResultTables.pairwise(result, this::getTranslation),
                "motion.result.pairwise",
                "pairwise-" + result.session().id());
    }

    private Div scrolling(ResultTables.Table table, String captionKey, String id) {
        Div wrapper = new Div(Tables.of(getTranslation(captionKey), table.header(), table.rows()));
        wrapper.setId(id);
        wrapper.addClassName("table-scroll");
        return wrapper;
    }

    private Div secretList(SessionResult result, BallotService ballots) {
        VotingSession session = result.session();
        Div section = new Div();
        section.setId("secret-ballots-" + session.id());
        section.add(
                new H4(getTranslation("motion.minutes.secret")),
                new Paragraph(getTranslation(
                        "motion.result.secretList", result.secretBallots().size())),
                new Paragraph(getTranslation("motion.result.listHash", session.ballotsHash())));
        TextField receipt = new TextField(getTranslation("motion.receipt.field"));
        receipt.setId("receipt-check-" + session.id());
        Paragraph found = new Paragraph();
        found.setId("receipt-found-" + session.id());
        found.getElement().setAttribute("role", "status");
        Button check = new Button(
                getTranslation("motion.receipt.check"),
                click -> found.setText(ballots.findReceipt(session.storedId(), receipt.getValue())
                        .map(ballot -> getTranslation(
                                "motion.receipt.found",
                                ballot.receipt(),
                                ResultTables.ballotCollege(result, ballot.collegeId(), this::getTranslation),
                                ChoiceText.of(
                                        this::getTranslation,
                                        session.method(),
                                        ballot.choice(),
                                        result.optionLabels())))
                        .orElse(getTranslation("motion.receipt.notFound"))));
        check.setId("receipt-check-button-" + session.id());
        Div form = new Div(receipt, check, found);
        form.addClassName("narrow-form");
        section.add(form);
        section.add(Tables.of(
                getTranslation("motion.result.secretTable"),
                List.of(
                        getTranslation("motion.receipt.code"),
                        getTranslation("motion.result.college"),
                        getTranslation("motion.result.choice")),
                result.secretBallots().stream()
                        .map(ballot -> List.of(
                                ballot.receipt(),
                                ResultTables.ballotCollege(result, ballot.collegeId(), this::getTranslation),
                                ChoiceText.of(
                                        this::getTranslation,
                                        session.method(),
                                        ballot.choice(),
                                        result.optionLabels())))
                        .toList()));
        return section;
    }
}
