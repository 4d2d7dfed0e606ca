package fr.convergences.motion.application;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.StoredId;
import fr.convergences.base.i18n.Messages;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.infrastructure.MinutesPdf;
import fr.convergences.motion.infrastructure.MotionRepository;
import fr.convergences.motion.infrastructure.MotionStore;
import fr.convergences.motion.infrastructure.SittingAgenda;
import fr.convergences.motion.infrastructure.SittingMovements;
import fr.convergences.motion.infrastructure.SittingRepository;
import fr.convergences.motion.infrastructure.SittingRoll;
import fr.convergences.motion.infrastructure.SittingRules;
import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.Minutes;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.RollSeat;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.TallyResult;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The minutes (procès-verbal) of a closed voting session, in French (the council's official language):
 * present, represented, substitutes, recusals, the count with its per-college breakdown, the outcome, who
 * voted what (roll-call only), the published secret list's hash, and the chain's published head.
 */
@Singleton
public class MinutesService {

    private static final Locale FR = Locale.FRENCH;

    private final VotingSessionService sessions;
    private final MotionRepository motions;
    private final SittingRepository sittings;
    private final SittingRoll rolls;
    private final CouncilZones zones;
    private final MinutesPdf pdf;
    private final I18NProvider messages;
    private final MotionStore store;
    private final SittingRules sittingRules;
    private final SittingMovements movements;
    private final SittingAgenda agendas;

    public MinutesService(
            VotingSessionService sessions,
            MotionRepository motions,
            SittingRepository sittings,
            SittingRoll rolls,
            CouncilZones zones,
            MinutesPdf pdf,
            I18NProvider messages,
            MotionStore store,
            SittingRules sittingRules,
            SittingMovements movements,
            SittingAgenda agendas) {
        this.sessions = sessions;
        this.motions = motions;
        this.sittings = sittings;
        this.rolls = rolls;
        this.zones = zones;
        this.pdf = pdf;
        this.messages = messages;
        this.store = store;
        this.sittingRules = sittingRules;
        this.movements = movements;
        this.agendas = agendas;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long sessionId) {
        return pdf.render(minutes(sessionId));
    }

    @Transactional(readOnly = true)
    public Minutes minutes(long sessionId) {
        SessionResult result = sessions.result(sessionId);
        VotingSession session = result.session();
        Motion motion = motions.findById(session.motionId()).orElseThrow();
        ZoneId zone = zones.zone(session.councilId());
        String council = store.councilName(session.councilId());
        List<String> heading = new ArrayList<>();
        heading.add(t("motion.minutes.council", council));
        heading.add(t(
                "motion.minutes.motion",
                motion.title(),
                t("motion.kind." + motion.kind().name())));
        List<Minutes.Section> sections = new ArrayList<>();
        if (session.inSitting()) {
            sittingPart(sittings.findById(StoredId.of(session.sittingId())).orElseThrow(), zone, heading, sections);
        } else {
            heading.add(t("motion.minutes.online", when(session.openedAt(), zone), when(session.closedAt(), zone)));
        }
        heading.add(rulesLine(session));
        sections.addAll(voteSections(result, motion));
        return new Minutes(
                t("motion.minutes.title"),
                heading,
                sections,
                t("motion.result.head", session.publishedHead()),
                t("motion.minutes.verify", StoredId.of(session.id()), session.publishedHead()));
    }

    /** The sitting's part of the minutes: its line and urgency in the heading; its agenda, attendance and movements. */
    void sittingPart(Sitting sitting, ZoneId zone, List<String> heading, List<Minutes.Section> sections) {
        heading.add(t(
                "motion.minutes.sitting",
                sitting.title(),
                when(sitting.startsAt(), zone),
                sitting.place() == null
                        ? t("motion.sitting.mode." + sitting.mode().name())
                        : sitting.place()));
        sittingRules
                .urgency(StoredId.of(sitting.id()))
                .ifPresent(reason -> heading.add(t("motion.minutes.urgent", reason)));
        // The minutes follow the whole sitting: its agenda, motions and other points, in order.
        List<SittingAgenda.Item> items = agendas.items(StoredId.of(sitting.id()));
        List<String> agenda = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SittingAgenda.Item item = items.get(i);
            agenda.add(agendaLine(i + 1, item));
        }
        sections.add(Minutes.Section.lines(t("motion.minutes.agenda"), orNone(agenda)));
        attendance(
                sections,
                rolls.roll(
                        StoredId.of(sitting.id()), sitting.councilId(), LocalDate.ofInstant(sitting.startsAt(), zone)));
        sections.add(movementsSection(StoredId.of(sitting.id()), zone));
    }

    /** The vote's rules in one line: ballot kind, method, majority, quorum, tie rule. */
    String rulesLine(VotingSession session) {
        return t(
                "motion.minutes.rules",
                t("motion.ballotKind." + session.ballotKind().name()),
                t("motion.method." + session.method().name()),
                t("motion.majority." + session.majority().name())
                        + (session.doubleMajority() ? " · " + t("motion.doubleMajority") : ""),
                session.quorumNumerator() == null
                        ? t("motion.quorum.none")
                        : session.quorumNumerator() + "/" + session.quorumDenominator(),
                t("motion.tie." + session.tieRule().name()));
    }

    /**
     * What the minutes say of one closed vote, the vote's own minutes and the sitting's alike: recusals, the count, the
     * per-college table (a secret vote's small colleges merged, as published), the outcome and verdict, and who voted what
     * (roll-call) or the published list's hash (secret).
     */
    List<Minutes.Section> voteSections(SessionResult result, Motion motion) {
        VotingSession session = result.session();
        TallyResult tally = result.tally();
        List<Minutes.Section> sections = new ArrayList<>();
        List<String> recusals = store.interests(StoredId.of(motion.id())).stream()
                .map(interest -> interest.personName() + " — " + interest.statement())
                .toList();
        sections.add(Minutes.Section.lines(
                t("motion.minutes.recusals"), recusals.isEmpty() ? List.of(t("motion.minutes.none")) : recusals));
        sections.add(Minutes.Section.lines(
                t("motion.minutes.results"),
                List.of(
                        t("motion.result.electorate", tally.electorate()),
                        t("motion.result.present", tally.presentOrRepresented()),
                        t(tally.quorumReached() ? "motion.result.quorumReached" : "motion.result.quorumMissed"),
                        t("motion.result.ballots", tally.ballots()),
                        session.method() == VotingMethod.FOR_AGAINST
                                ? t("motion.result.totals", tally.forVotes(), tally.against(), tally.abstentions())
                                : t("motion.result.blank", tally.abstentions()))));
        ResultTables.Table colleges = ResultTables.colleges(result, this::t);
        sections.add(new Minutes.Section(
                t("motion.minutes.colleges"),
                colleges.note() == null ? List.of() : List.of(colleges.note()),
                colleges.header(),
                colleges.rows()));
        if (session.method() == VotingMethod.RANKED && tally.pairwise() != null) {
            ResultTables.Table pairwise = ResultTables.pairwise(result, key -> t(key));
            sections.add(Minutes.Section.table(t("motion.result.pairwise"), pairwise.header(), pairwise.rows()));
        }
        String outcome = t("motion.outcome." + tally.outcome().name())
                + (tally.winningOption() == null
                        ? ""
                        : " — "
                                + t(
                                        "motion.result.winner",
                                        result.optionLabels().get(tally.winningOption())))
                + (tally.castingVoteUsed() ? " (" + t("motion.result.castingVote") + ")" : "");
        String verdict = ResultTables.collegeVerdict(result, this::t);
        sections.add(Minutes.Section.lines(
                t("motion.minutes.outcome"), verdict == null ? List.of(outcome) : List.of(outcome, verdict)));
        if (session.ballotKind() == BallotKind.ROLL_CALL) {
            sections.add(Minutes.Section.table(
                    t("motion.minutes.rollCall"),
                    List.of(
                            t("motion.result.seat"),
                            t("motion.result.college"),
                            t("motion.result.castBy"),
                            t("motion.result.choice")),
                    result.rollCall().stream()
                            .map(line -> List.of(
                                    line.seatName(),
                                    line.collegeName(),
                                    line.voterName() + capacity(line.capacity()),
                                    ChoiceText.of(this::t, session.method(), line.choice(), result.optionLabels())))
                            .toList()));
        } else {
            sections.add(Minutes.Section.lines(
                    t("motion.minutes.secret"),
                    List.of(
                            t("motion.result.secretList", result.secretBallots().size()),
                            t("motion.result.listHash", session.ballotsHash()))));
        }
        return sections;
    }

    /** An agenda line as the minutes print it: its number, the motion's title or the point's kind and title, its documents. */
    String agendaLine(int number, SittingAgenda.Item item) {
        String line = t(
                "motion.minutes.agendaLine",
                number,
                item.isMotion() ? item.title() : t(AgendaPoint.labelKey(item.pointKind(), item.title()), item.title()));
        return item.documents().isEmpty()
                ? line
                : t(
                        "motion.agenda.withDocuments",
                        line,
                        String.join(
                                ", ",
                                item.documents().stream()
                                        .map(document -> t("motion.agenda.document", document.label(), document.url()))
                                        .toList()));
    }

    void attendance(List<Minutes.Section> sections, List<RollSeat> roll) {
        List<String> present = new ArrayList<>();
        List<String> represented = new ArrayList<>();
        List<String> substituted = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (RollSeat seat : roll) {
            switch (seat.presence()) {
                case PRESENT -> present.add(seat.titularName() + " (" + seat.collegeName() + ")");
                case REPRESENTED ->
                    represented.add(t("motion.minutes.representedBy", seat.titularName(), seat.holderName()));
                case SUBSTITUTED ->
                    substituted.add(t("motion.minutes.substitutedBy", seat.titularName(), seat.substituteName()));
                case EXCUSED -> absent.add(seat.titularName() + " (" + t("motion.presence.EXCUSED") + ")");
                case ABSENT -> absent.add(seat.titularName());
            }
        }
        sections.add(Minutes.Section.lines(t("motion.minutes.present"), orNone(present)));
        sections.add(Minutes.Section.lines(t("motion.minutes.represented"), orNone(represented)));
        sections.add(Minutes.Section.lines(t("motion.minutes.substitutes"), orNone(substituted)));
        sections.add(Minutes.Section.lines(t("motion.minutes.absent"), orNone(absent)));
    }

    /** Arrivals and departures during the sitting, with their times. */
    Minutes.Section movementsSection(long sittingId, ZoneId zone) {
        List<String> comings = movements.movements(sittingId).stream()
                .map(movement -> t(
                        "motion.live.movement." + movement.kind().name(),
                        Messages.time(movement.at().atZone(zone), FR),
                        movement.personName()))
                .toList();
        return Minutes.Section.lines(t("motion.minutes.movements"), orNone(comings));
    }

    private String capacity(fr.convergences.motion.model.Capacity capacity) {
        return capacity == fr.convergences.motion.model.Capacity.SEAT
                ? ""
                : " (" + t("motion.capacity." + capacity.name()) + ")";
    }

    private List<String> orNone(List<String> lines) {
        return lines.isEmpty() ? List.of(t("motion.minutes.none")) : lines;
    }

    private static String when(@Nullable Instant instant, ZoneId zone) {
        // The minutes are the council's French record: the day in words and the time zone named, a sitting in La
        // Réunion is not at Paris time.
        return instant == null ? "—" : Messages.moment(instant.atZone(zone), FR);
    }

    private String t(String key, @Nullable Object... arguments) {
        return messages.getTranslation(key, FR, arguments);
    }
}
