package fr.convergences.motion.application;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.StoredId;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.operations.Measured;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.identity.notification.NoticeArgument;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.Notifications;
import fr.convergences.identity.notification.OutgoingNotification;
import fr.convergences.motion.infrastructure.BallotStore;
import fr.convergences.motion.infrastructure.Cancellations;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.infrastructure.MotionRepository;
import fr.convergences.motion.infrastructure.SessionLocks;
import fr.convergences.motion.infrastructure.SittingAgenda;
import fr.convergences.motion.infrastructure.SittingCalendar;
import fr.convergences.motion.infrastructure.SittingMovements;
import fr.convergences.motion.infrastructure.SittingProxies;
import fr.convergences.motion.infrastructure.SittingRepository;
import fr.convergences.motion.infrastructure.SittingRoll;
import fr.convergences.motion.infrastructure.SittingRules;
import fr.convergences.motion.infrastructure.SittingStore;
import fr.convergences.motion.infrastructure.VotingSessionRepository;
import fr.convergences.motion.model.AgendaOrder;
import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.DocumentLink;
import fr.convergences.motion.model.DraftChangePolicy;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.motion.model.ProxyPolicy;
import fr.convergences.motion.model.QuorumPolicy;
import fr.convergences.motion.model.RollSeat;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.motion.model.SittingMovement;
import fr.convergences.motion.model.SittingSubstitutePolicy;
import fr.convergences.motion.model.SittingTimePolicy;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.territory.CouncilRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sittings: convened by the secretariat with their agenda (convocations go out the configured number of
 * days before), absences declared by members (a titular's substitute is then convened), proxies, and
 * attendance (checked in on site by the secretariat, or joined online). Each change that alters who may
 * vote waits for the casts in flight of the sitting's open sessions.
 */
@Singleton
public class SittingService {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** "lundi 14 décembre 2026 à 14 h 00", in the territory's time. */

    /** The longest reason of an urgent convocation. */
    public static final int URGENT_REASON_MAX_LENGTH = 1000;
    /** The longest reason of a cancellation (the table's limit). */
    public static final int CANCEL_REASON_MAX_LENGTH = 1000;

    /** A person's mandate in a council, in office on the day. */
    record MyMandate(
            long id, boolean titular, @Nullable Long titularMandateId, boolean votingRight, String personName) {}

    private final SittingRepository sittings;
    private final MotionRepository motions;
    private final VotingSessionRepository sessions;
    private final CouncilRepository councils;
    private final SittingRoll rolls;
    private final BallotStore ballots;
    private final SessionLocks locks;
    private final CouncilZones zones;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final SittingStore store;
    private final I18NProvider messages;
    private final SittingProxies proxies;
    private final SittingRules sittingRules;
    private final SittingMovements movements;
    private final SittingCalendar sittingCalendar;
    private final PublicUrl publicUrl;
    private final NotificationOutbox outbox;
    private final SittingAgenda agendas;
    private final Cancellations cancellations;
    private final VotingRulesService votingRules;
    private final int defaultNoticeDays;
    private final Clock clock;

    public SittingService(
            SittingRepository sittings,
            MotionRepository motions,
            VotingSessionRepository sessions,
            CouncilRepository councils,
            SittingRoll rolls,
            BallotStore ballots,
            SessionLocks locks,
            CouncilZones zones,
            Permissions permissions,
            AuditTrail audit,
            Notifications notifications,
            SittingStore store,
            I18NProvider messages,
            SittingProxies proxies,
            SittingRules sittingRules,
            SittingMovements movements,
            SittingCalendar sittingCalendar,
            PublicUrl publicUrl,
            NotificationOutbox outbox,
            SittingAgenda agendas,
            Cancellations cancellations,
            VotingRulesService votingRules,
            @Value("${convergences.sitting.notice-days:5}") int defaultNoticeDays,
            Clock clock) {
        this.sittings = sittings;
        this.motions = motions;
        this.sessions = sessions;
        this.councils = councils;
        this.rolls = rolls;
        this.ballots = ballots;
        this.locks = locks;
        this.zones = zones;
        this.permissions = permissions;
        this.audit = audit;
        this.notifications = notifications;
        this.store = store;
        this.messages = messages;
        this.proxies = proxies;
        this.sittingRules = sittingRules;
        this.movements = movements;
        this.sittingCalendar = sittingCalendar;
        this.publicUrl = publicUrl;
        this.outbox = outbox;
        this.agendas = agendas;
        this.cancellations = cancellations;
        this.votingRules = votingRules;
        this.defaultNoticeDays = Math.clamp(defaultNoticeDays, 0, Sitting.MAX_NOTICE_DAYS);
        this.clock = clock;
    }

    /** What a sitting form says once checked: the start as an instant, the notice, the agenda, the urgency's reason if any. */
    private record ValidSitting(
            String title,
            SittingMode mode,
            @Nullable String place,
            @Nullable String url,
            java.time.Instant startsAt,
            int notice,
            List<Long> agenda,
            @Nullable String urgentReason,
            List<AgendaPoint> points) {

        List<AgendaOrder.Line> lines() {
            return AgendaOrder.merge(agenda, points);
        }
    }

    @Transactional
    public Sitting convene(Actor actor, long councilId, SittingForm form) {
        permissions.require(actor, Action.CONVENE_SITTING, councilId);
        ValidSitting valid = validate(councilId, form);
        Sitting sitting = sittings.save(new Sitting(
                null,
                councilId,
                valid.title(),
                valid.mode(),
                valid.place(),
                valid.url(),
                valid.startsAt(),
                valid.notice(),
                Sitting.Status.CONVENED,
                actor.accountId(),
                clock.instant(),
                null,
                null));
        agendas.replace(StoredId.of(sitting.id()), valid.lines());
        if (valid.urgentReason() != null) {
            sittingRules.recordUrgency(StoredId.of(sitting.id()), valid.urgentReason());
        }
        audit.record(new AuditEvent(
                actor,
                councilId,
                "motion.sitting.convene",
                "sitting",
                String.valueOf(sitting.id()),
                Map.of(),
                describe(valid)));
        // An urgent sitting's convocation leaves at once: its delay is already shorter than the règlement's.
        if (valid.urgentReason() != null || !sitting.convocationDue().isAfter(clock.instant())) {
            sitting = sendConvocation(sitting);
        }
        return sitting;
    }

    /**
     * The secretariat edits a sitting before it starts and before any vote is planned in it ({@link DraftChangePolicy}),
     * under the same rules as convening it. Members already convened are told of the change, with the new details.
     */
    @Transactional
    public Sitting edit(Actor actor, long sittingId, SittingForm form) {
        proxies.lockSitting(sittingId); // as in close: a convocation being sent changes the row's version
        Sitting sitting =
                sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
        permissions.require(actor, Action.CONVENE_SITTING, sitting.councilId());
        DraftChangePolicy.sittingChange(
                        sitting.status(),
                        !clock.instant().isBefore(sitting.startsAt()),
                        !sessions.findBySittingIdOrderById(sittingId).isEmpty())
                .ifPresent(key -> {
                    throw new UserFacingException(key);
                });
        List<SittingAgenda.Item> items = agendas.items(sittingId);
        Map<String, Object> before = describe(new ValidSitting(
                sitting.title(),
                sitting.mode(),
                sitting.place(),
                sitting.onlineUrl(),
                sitting.startsAt(),
                sitting.noticeDays(),
                motionsOf(items),
                sittingRules.urgency(sittingId).orElse(null),
                pointsOf(items)));
        ValidSitting valid = validate(sitting.councilId(), form);
        Sitting edited = sittings.update(sitting.withDetails(
                valid.title(), valid.mode(), valid.place(), valid.url(), valid.startsAt(), valid.notice()));
        agendas.replace(sittingId, valid.lines());
        sittingRules.replaceUrgency(sittingId, valid.urgentReason());
        audit.record(new AuditEvent(
                actor,
                sitting.councilId(),
                "motion.sitting.edit",
                "sitting",
                String.valueOf(sittingId),
                before,
                describe(valid)));
        if (edited.convocationSentAt() != null) {
            // Told through the outbox, once per version of the sitting: a second edit tells again, a retried one does
            // not.
            outbox.recordFor(
                    new OutgoingNotification(
                            "sitting-edited:" + sittingId + ":" + edited.version(),
                            NotificationOutbox.GIVEN_RECIPIENTS,
                            sittingId,
                            NotificationKind.VOTING_SESSION,
                            "motion.sitting.edited.title",
                            "motion.sitting.edited.body",
                            convocationArguments(edited),
                            "/seances/" + sittingId),
                    members(edited));
        } else if (valid.urgentReason() != null || !edited.convocationDue().isAfter(clock.instant())) {
            edited = sendConvocation(edited);
        }
        return edited;
    }

    /**
     * The secretariat cancels a sitting before it starts and before any vote is planned in it, with a reason. Members
     * already convened are told, with the reason; the motions on its agenda can then go on another one.
     */
    @Transactional
    public Sitting cancel(Actor actor, long sittingId, String reason) {
        proxies.lockSitting(sittingId); // as in close: a convocation being sent changes the row's version
        Sitting sitting =
                sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
        permissions.require(actor, Action.CONVENE_SITTING, sitting.councilId());
        String text = TextInput.required(reason, CANCEL_REASON_MAX_LENGTH, "motion.sitting.cancel.reason");
        DraftChangePolicy.sittingChange(
                        sitting.status(),
                        !clock.instant().isBefore(sitting.startsAt()),
                        !sessions.findBySittingIdOrderById(sittingId).isEmpty())
                .ifPresent(key -> {
                    throw new UserFacingException(key);
                });
        Sitting cancelled = sittings.update(sitting.withStatus(Sitting.Status.CANCELLED));
        cancellations.recordSitting(sittingId, text, actor.accountId(), clock.instant());
        audit.record(new AuditEvent(
                actor,
                sitting.councilId(),
                "motion.sitting.cancel",
                "sitting",
                String.valueOf(sittingId),
                Map.of("status", sitting.status().name()),
                Map.of("status", cancelled.status().name(), "reason", text)));
        if (sitting.convocationSentAt() != null) {
            NoticeArgument when = NoticeArgument.moment(sitting.startsAt(), zones.zone(sitting.councilId()));
            outbox.recordFor(
                    new OutgoingNotification(
                            "sitting-cancelled:" + sittingId,
                            NotificationOutbox.GIVEN_RECIPIENTS,
                            sittingId,
                            NotificationKind.VOTING_SESSION,
                            "motion.sitting.cancelled.title",
                            "motion.sitting.cancelled.body",
                            List.of(NoticeArgument.text(sitting.title()), when, NoticeArgument.text(text)),
                            "/seances/" + sittingId),
                    members(sitting));
        }
        return cancelled;
    }

    /** The reason a sitting was cancelled, if it was. */
    @Transactional(readOnly = true)
    public Optional<String> cancellation(long sittingId) {
        return cancellations.ofSitting(sittingId);
    }

    /** The form's values of an existing sitting, to edit it or to convene another like it (the caller clears what differs). */
    @Transactional(readOnly = true)
    public SittingForm form(Actor actor, long sittingId) {
        Sitting sitting =
                sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
        permissions.require(actor, Action.CONVENE_SITTING, sitting.councilId());
        List<SittingAgenda.Item> items = agendas.items(sittingId);
        return new SittingForm(
                sitting.title(),
                sitting.mode(),
                sitting.place(),
                sitting.onlineUrl(),
                sitting.startsAt().atZone(zones.zone(sitting.councilId())).toLocalDateTime(),
                sitting.noticeDays(),
                motionsOf(items),
                sittingRules.urgency(sittingId).orElse(null),
                pointsOf(items));
    }

    private static List<Long> motionsOf(List<SittingAgenda.Item> items) {
        return items.stream()
                .filter(SittingAgenda.Item::isMotion)
                .map(SittingAgenda.Item::motionId)
                .toList();
    }

    /** The agenda's points, each ranked at its position, so that the agenda saved back unchanged keeps its order. */
    private static List<AgendaPoint> pointsOf(List<SittingAgenda.Item> items) {
        List<AgendaPoint> points = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isMotion()) {
                points.add(new AgendaPoint(
                        items.get(i).pointKind(),
                        items.get(i).title(),
                        i + 1,
                        items.get(i).documents()));
            }
        }
        return points;
    }

    private ValidSitting validate(long councilId, SittingForm form) {
        String title = TextInput.singleLine(form.title(), Sitting.TITLE_MAX_LENGTH, "motion.sitting.title");
        if (form.mode() == null) {
            throw new UserFacingException("motion.sitting.mode.required");
        }
        String place = TextInput.singleLineOptional(form.place(), Sitting.PLACE_MAX_LENGTH, "motion.sitting.place");
        String url = TextInput.optional(form.onlineUrl(), 500, "motion.sitting.url");
        if (form.mode().hasPlace() && place == null) {
            throw new UserFacingException("motion.sitting.place.required", Sitting.PLACE_MAX_LENGTH);
        }
        if (form.mode().allowsOnline() && (url == null || !url.matches("(?i)https?://\\S+"))) {
            throw new UserFacingException("motion.sitting.url.required");
        }
        if (form.startsAt() == null) {
            throw new UserFacingException("motion.sitting.start.required");
        }
        var startsAt = form.startsAt().atZone(zones.zone(councilId)).toInstant();
        if (startsAt.isBefore(clock.instant())) {
            throw new UserFacingException("motion.sitting.start.past");
        }
        int rule = noticeDays(councilId);
        String urgentReason =
                TextInput.optional(form.urgentReason(), URGENT_REASON_MAX_LENGTH, "motion.sitting.urgent");
        int notice = form.noticeDays() == null ? rule : form.noticeDays();
        if (notice < 0 || notice > Sitting.MAX_NOTICE_DAYS) {
            throw new UserFacingException("motion.sitting.notice.range", Sitting.MAX_NOTICE_DAYS);
        }
        // The règlement's delay: an ordinary sitting is convened at least that long ahead, its convocation sent at
        // least that
        // long before; within it, only the urgent procedure, whose reason is recorded for the minutes.
        if (urgentReason == null && startsAt.isBefore(clock.instant().plus(Duration.ofDays(rule)))) {
            throw new UserFacingException(
                    "motion.sitting.notice.tooShort",
                    rule,
                    SHOWN.format(clock.instant().plus(Duration.ofDays(rule)).atZone(zones.zone(councilId))));
        }
        if (urgentReason == null && notice < rule) {
            throw new UserFacingException("motion.sitting.notice.belowRule", rule);
        }
        List<Long> agenda = form.motionIds() == null
                ? List.of()
                : form.motionIds().stream().distinct().toList();
        for (Long motionId : agenda) {
            Motion motion = motions.findById(motionId).orElseThrow(() -> new UserFacingException("motion.unknown"));
            if (motion.councilId() != councilId || motion.status() != MotionStatus.PUBLISHED) {
                throw new UserFacingException("motion.sitting.agenda.published");
            }
        }
        return new ValidSitting(
                title,
                form.mode(),
                form.mode().hasPlace() ? place : null,
                form.mode().allowsOnline() ? url : null,
                startsAt,
                notice,
                agenda,
                urgentReason,
                points(form.points()));
    }

    /** The agenda's other points: a kind each, a one-line title (optional for questions diverses), a rank from 1 if given. */
    private static List<AgendaPoint> points(List<AgendaPoint> points) {
        if (points == null) {
            return List.of();
        }
        if (points.size() > AgendaPoint.MAX_POINTS) {
            throw new UserFacingException("motion.agenda.point.tooMany", AgendaPoint.MAX_POINTS);
        }
        List<AgendaPoint> valid = new ArrayList<>();
        for (AgendaPoint point : points) {
            if (point == null || point.kind() == null) {
                throw new UserFacingException("motion.agenda.point.kindRequired");
            }
            String title = point.kind().needsTitle()
                    ? TextInput.singleLine(point.title(), AgendaPoint.TITLE_MAX_LENGTH, "motion.agenda.point.title")
                    : TextInput.singleLineOptional(
                            point.title(), AgendaPoint.TITLE_MAX_LENGTH, "motion.agenda.point.title");
            if (point.rank() != null && point.rank() < 1) {
                throw new UserFacingException("motion.agenda.point.rankInvalid");
            }
            // A point's documents follow a motion's attachments' rule (AttachmentLinks).
            List<DocumentLink> documents = AttachmentLinks.valid(point.documents());
            if (documents.size() > DocumentLink.MAX_PER_POINT) {
                throw new UserFacingException("motion.agenda.point.documents.tooMany", DocumentLink.MAX_PER_POINT);
            }
            valid.add(new AgendaPoint(point.kind(), title, point.rank(), documents));
        }
        return valid;
    }

    private static Map<String, Object> describe(ValidSitting sitting) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", sitting.title());
        map.put("mode", sitting.mode().name());
        map.put("startsAt", sitting.startsAt().toString());
        map.put("agenda", sitting.agenda());
        if (!sitting.points().isEmpty()) {
            List<AgendaOrder.Line> lines = sitting.lines();
            List<Map<String, Object>> points = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                AgendaPoint line = lines.get(i).point();
                if (line != null) {
                    Map<String, Object> point = new LinkedHashMap<>();
                    point.put("kind", line.kind().name());
                    if (line.title() != null) {
                        point.put("title", line.title());
                    }
                    point.put("position", i + 1);
                    if (!line.documents().isEmpty()) {
                        point.put(
                                "documents",
                                line.documents().stream()
                                        .map(d -> d.label() + " " + d.url())
                                        .toList());
                    }
                    points.add(point);
                }
            }
            map.put("points", points);
        }
        if (sitting.urgentReason() != null) {
            map.put("urgentReason", sitting.urgentReason());
        }
        return map;
    }

    private List<Long> members(Sitting sitting) {
        return agendas.convened(
                sitting.councilId(), LocalDate.ofInstant(sitting.startsAt(), zones.zone(sitting.councilId())));
    }

    /** The council's delay of convocation: its règlement's, or the platform's default. */
    @Transactional(readOnly = true)
    public int noticeDays(long councilId) {
        return sittingRules.noticeDays(councilId).orElse(defaultNoticeDays);
    }

    /** The secretariat records the delay of convocation of the council's règlement intérieur. */
    @Transactional
    public void setNoticeDays(Actor actor, long councilId, Integer days) {
        permissions.require(actor, Action.CONVENE_SITTING, councilId);
        if (days == null || days < 0 || days > Sitting.MAX_NOTICE_DAYS) {
            throw new UserFacingException("motion.sitting.notice.range", Sitting.MAX_NOTICE_DAYS);
        }
        int before = noticeDays(councilId);
        sittingRules.setNoticeDays(councilId, days);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "motion.rules.notice",
                "council",
                String.valueOf(councilId),
                Map.of("noticeDays", before),
                Map.of("noticeDays", days)));
    }

    /** The reason of a sitting convened by the urgent procedure, if it was. */
    @Transactional(readOnly = true)
    public Optional<String> urgency(long sittingId) {
        return sittingRules.urgency(sittingId);
    }

    /** The sitting as an iCalendar file, to add to one's calendar (public, as the sitting's page is). */
    @Transactional(readOnly = true)
    public String calendar(long sittingId, String baseUrl) {
        Sitting sitting =
                sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
        return sittingCalendar.write(sitting, agendaTitles(sittingId), baseUrl, clock.instant());
    }

    /**
     * The agenda's lines as the convocation and the .ics write them, in French: a motion's title, or a point with its kind;
     * each followed by its documents' addresses, so that members can read them before the sitting.
     */
    private List<String> agendaTitles(long sittingId) {
        return agendas.items(sittingId).stream()
                .map(item -> withDocuments(
                        item.isMotion()
                                ? motionTitle(item)
                                : messages.getTranslation(
                                        AgendaPoint.labelKey(item.pointKind(), item.title()),
                                        Locale.FRENCH,
                                        item.title()),
                        item.documents()))
                .toList();
    }

    private String withDocuments(String line, List<DocumentLink> documents) {
        return documents.isEmpty()
                ? line
                : messages.getTranslation(
                        "motion.agenda.withDocuments",
                        Locale.FRENCH,
                        line,
                        String.join(
                                ", ",
                                documents.stream()
                                        .map(d -> messages.getTranslation(
                                                "motion.agenda.document", Locale.FRENCH, d.label(), d.url()))
                                        .toList()));
    }

    /** Sends the convocations that are due (called every few seconds by the background work). */
    @Transactional
    @Measured(
            value = "convergences.job.runs",
            tags = {"job", "convocations"})
    public int sendDueConvocations() {
        List<Sitting> due = sittings.findConvocationsDue(clock.instant());
        due.forEach(this::sendConvocation);
        return due.size();
    }

    /**
     * Records the convocation in the outbox, in the caller's transaction: one row per member, mailed by the background
     * delivery, so that convening (or the job that convenes) never waits for a mail server once per member while it
     * holds the sitting's row. The .ics goes with each mail so that the sitting lands in the member's calendar.
     */
    private Sitting sendConvocation(Sitting sitting) {
        fr.convergences.base.mail.MailAttachment calendar = fr.convergences.base.mail.MailAttachment.calendar(
                "seance-" + sitting.id() + ".ics",
                sittingCalendar.write(
                        sitting, agendaTitles(StoredId.of(sitting.id())), publicUrl.base(), clock.instant()));
        outbox.recordFor(
                new OutgoingNotification(
                        "sitting-convocation:" + sitting.id(),
                        NotificationOutbox.GIVEN_RECIPIENTS,
                        StoredId.of(sitting.id()),
                        NotificationKind.VOTING_SESSION,
                        "motion.sitting.convocation.title",
                        "motion.sitting.convocation.body",
                        convocationArguments(sitting),
                        "/seances/" + sitting.id(),
                        calendar),
                members(sitting));
        return sittings.update(sitting.convocationSent(clock.instant()));
    }

    /**
     * The convocation's words: title, date, where and how to connect, the numbered agenda, the .ics address. The date and
     * the platform's phrases are kept as data and written in each member's language when the outbox delivers them.
     */
    private List<NoticeArgument> convocationArguments(Sitting sitting) {
        List<NoticeArgument> where = java.util.stream.Stream.of(
                        sitting.place() == null
                                ? null
                                : NoticeArgument.phrase("motion.sitting.convocation.place", sitting.place()),
                        sitting.onlineUrl() == null
                                ? null
                                : NoticeArgument.phrase("motion.sitting.convocation.link", sitting.onlineUrl()))
                .filter(java.util.Objects::nonNull)
                .toList();
        List<SittingAgenda.Item> items = agendas.items(StoredId.of(sitting.id()));
        NoticeArgument agenda = items.isEmpty()
                ? NoticeArgument.phrase("motion.sitting.convocation.noAgenda")
                : new NoticeArgument.Joined(
                        "motion.sitting.convocation.agendaJoin",
                        java.util.stream.IntStream.range(0, items.size())
                                .mapToObj(i -> NoticeArgument.phrase(
                                        "motion.minutes.agendaLine",
                                        i + 1,
                                        withDocuments(
                                                items.get(i).isMotion()
                                                        ? NoticeArgument.text(motionTitle(items.get(i)))
                                                        : agendaPoint(items.get(i)),
                                                items.get(i).documents())))
                                .toList());
        return List.of(
                NoticeArgument.text(sitting.title()),
                NoticeArgument.moment(sitting.startsAt(), zones.zone(sitting.councilId())),
                new NoticeArgument.Joined("motion.sitting.convocation.whereJoin", where),
                agenda,
                NoticeArgument.text(publicUrl.of("/api/sittings/" + sitting.id() + ".ics")));
    }

    /** An agenda line followed by its documents' labels and addresses, as the .ics writes them, in the reader's language. */
    private static NoticeArgument withDocuments(NoticeArgument line, List<DocumentLink> documents) {
        return documents.isEmpty()
                ? line
                : NoticeArgument.phrase(
                        "motion.agenda.withDocuments",
                        line,
                        new NoticeArgument.Joined(
                                "motion.agenda.documentsJoin",
                                documents.stream()
                                        .map(d -> NoticeArgument.phrase("motion.agenda.document", d.label(), d.url()))
                                        .toList()));
    }

    /** A point of the agenda with its kind in words; "questions diverses" has no title. */
    private static String motionTitle(SittingAgenda.Item item) {
        return java.util.Objects.requireNonNull(item.title(), "a motion on the agenda has its title");
    }

    private static NoticeArgument agendaPoint(SittingAgenda.Item item) {
        String key = AgendaPoint.labelKey(item.pointKind(), item.title());
        return item.title() == null ? NoticeArgument.phrase(key) : NoticeArgument.phrase(key, item.title());
    }

    /** A member declares they will not attend; a titular's substitute is convened in their place. */
    @Transactional
    public void declareAbsence(Actor actor, long sittingId) {
        Sitting sitting = open(sittingId);
        permissions.require(actor, Action.DECLARE_ABSENCE, sitting.councilId());
        MyMandate mine =
                myMandate(sitting, actor).orElseThrow(() -> new UserFacingException("motion.sitting.noMandate"));
        lockOpenSessions(sittingId);
        if (isAbsent(sittingId, mine.id())) {
            throw new UserFacingException("motion.absence.already");
        }
        if (isPresent(sittingId, mine.id())) {
            throw new UserFacingException("motion.absence.present");
        }
        if (votedInOpenSession(sittingId, actor.accountId())) {
            throw new UserFacingException("motion.absence.alreadyVoted");
        }
        recordAbsence(actor, sitting, mine);
    }

    private void recordAbsence(Actor actor, Sitting sitting, MyMandate mine) {
        store.recordAbsence(StoredId.of(sitting.id()), mine.id(), actor.accountId(), clock.instant());
        audit.record(new AuditEvent(
                actor,
                sitting.councilId(),
                "motion.sitting.absence",
                "sitting",
                String.valueOf(sitting.id()),
                Map.of(),
                Map.of("mandate", mine.id())));
        if (mine.titular()) {
            substituteOf(sitting, mine.id())
                    .filter(substitute -> !isAbsent(StoredId.of(sitting.id()), substitute[0]) && substitute[1] != null)
                    .ifPresent(substitute -> notifications.notify(
                            substitute[1],
                            NotificationKind.VOTING_SESSION,
                            "motion.sitting.substitute.title",
                            "motion.sitting.substitute.body",
                            List.of(sitting.title(), mine.personName()),
                            "/seances/" + sitting.id()));
        }
    }

    /**
     * A titular who will be absent, and whose substitute cannot sit, gives a proxy to another member (absence recorded with it).
     * The rules, chains and the limit per holder included, are {@link ProxyPolicy}'s.
     */
    @Transactional
    public void giveProxy(Actor actor, long sittingId, long holderAccountId) {
        Sitting sitting =
                sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
        permissions.require(actor, Action.GIVE_PROXY, sitting.councilId());
        proxies.lockSitting(sittingId);
        lockOpenSessions(sittingId);
        Optional<MyMandate> giver = myMandate(sitting, actor);
        Optional<MyMandate> holder = mandateOf(sitting, holderAccountId);
        boolean giverSeat =
                giver.map(mandate -> mandate.titular() && mandate.votingRight()).orElse(false);
        boolean substituteCanSit = giver.filter(MyMandate::titular)
                .flatMap(mandate -> substituteOf(sitting, mandate.id()))
                .map(substitute -> SittingSubstitutePolicy.maySit(true, true, isAbsent(sittingId, substitute[0])))
                .orElse(false);
        ProxyPolicy.problem(new ProxyPolicy.Request(
                        actor.accountId(),
                        holderAccountId,
                        sitting.status() == Sitting.Status.CONVENED,
                        giverSeat,
                        holder.map(MyMandate::votingRight).orElse(false),
                        substituteCanSit,
                        giver.map(mandate ->
                                        proxies.givenBy(sittingId, mandate.id()).isPresent())
                                .orElse(false),
                        proxies.heldBy(sittingId, actor.accountId()) > 0,
                        proxies.gaveAny(sittingId, holderAccountId),
                        proxies.heldBy(sittingId, holderAccountId),
                        votingRules.proxiesPerHolder(sitting.councilId()),
                        holder.map(mandate -> isAbsent(sittingId, mandate.id())).orElse(false),
                        giver.map(mandate -> openSessions(sittingId).stream()
                                        .anyMatch(session -> ballots.hasVoted(StoredId.of(session.id()), mandate.id())))
                                .orElse(false)))
                .ifPresent(refusal -> {
                    throw new UserFacingException(refusal.key(), refusal.argumentArray());
                });
        MyMandate seat = giver.orElseThrow();
        if (isPresent(sittingId, seat.id())) {
            throw new UserFacingException("motion.absence.present");
        }
        if (!isAbsent(sittingId, seat.id())) {
            recordAbsence(actor, sitting, seat);
        }
        proxies.give(
                sittingId, seat.id(), actor.accountId(), holder.orElseThrow().id(), holderAccountId, clock.instant());
        audit.record(new AuditEvent(
                actor,
                sitting.councilId(),
                "motion.proxy.give",
                "sitting",
                String.valueOf(sittingId),
                Map.of(),
                Map.of("giverMandate", seat.id(), "holderAccount", holderAccountId)));
        notifications.notify(
                holderAccountId,
                NotificationKind.VOTING_SESSION,
                "motion.proxy.notification.title",
                "motion.proxy.notification.body",
                List.of(sitting.title(), seat.personName()),
                "/seances/" + sittingId);
    }

    /**
     * The giver withdraws their proxy, and with it their absence: they are expected again, and may come, give another proxy
     * or declare absence. Refused while the holder's ballot for the seat stands in a vote still open.
     */
    @Transactional
    public void revokeProxy(Actor actor, long sittingId) {
        Sitting sitting =
                sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
        permissions.require(actor, Action.REVOKE_PROXY, sitting.councilId());
        proxies.lockSitting(sittingId);
        lockOpenSessions(sittingId);
        Optional<MyMandate> giver = myMandate(sitting, actor);
        Optional<SittingProxies.Given> given = giver.flatMap(mandate -> proxies.givenBy(sittingId, mandate.id()));
        ProxyPolicy.revocationProblem(new ProxyPolicy.Revocation(
                        sitting.status() == Sitting.Status.CONVENED,
                        given.isPresent(),
                        given.map(proxy -> openSessions(sittingId).stream()
                                        .anyMatch(session ->
                                                ballots.hasVoted(StoredId.of(session.id()), proxy.giverMandateId())))
                                .orElse(false)))
                .ifPresent(refusal -> {
                    throw new UserFacingException(refusal.key(), refusal.argumentArray());
                });
        SittingProxies.Given proxy = given.orElseThrow();
        proxies.revoke(sittingId, proxy.giverMandateId());
        audit.record(new AuditEvent(
                actor,
                sitting.councilId(),
                "motion.proxy.revoke",
                "sitting",
                String.valueOf(sittingId),
                Map.of("giverMandate", proxy.giverMandateId(), "holderAccount", proxy.holderAccountId()),
                Map.of()));
        notifications.notify(
                proxy.holderAccountId(),
                NotificationKind.VOTING_SESSION,
                "motion.proxy.revoked.title",
                "motion.proxy.revoked.body",
                List.of(sitting.title(), giver.orElseThrow().personName()),
                "/seances/" + sittingId);
    }

    /** A member joins the sitting online: their attendance is recorded. */
    @Transactional
    public void join(Actor actor, long sittingId) {
        Sitting sitting = open(sittingId);
        permissions.require(actor, Action.JOIN_SITTING, sitting.councilId());
        if (!sitting.mode().allowsOnline()) {
            throw new UserFacingException("motion.attendance.inPersonOnly");
        }
        MyMandate mine =
                myMandate(sitting, actor).orElseThrow(() -> new UserFacingException("motion.sitting.noMandate"));
        lockOpenSessions(sittingId);
        if (mine.titular() && (isAbsent(sittingId, mine.id()))) {
            throw new UserFacingException("motion.attendance.declaredAbsent");
        }
        recordAttendance(actor, sitting, mine.id(), actor.accountId(), "ONLINE");
    }

    /** The secretariat checks a member in on site. */
    @Transactional
    public void checkIn(Actor actor, long sittingId, long mandateId) {
        Sitting sitting = open(sittingId);
        permissions.require(actor, Action.RECORD_ATTENDANCE, sitting.councilId());
        LocalDate day = zones.today(sitting.councilId());
        Long account = store.accountInOffice(mandateId, sitting.councilId(), day)
                .orElseThrow(() -> new UserFacingException("motion.sitting.noMandate"));
        lockOpenSessions(sittingId);
        if (isAbsent(sittingId, mandateId)) {
            throw new UserFacingException("motion.attendance.declaredAbsent");
        }
        recordAttendance(actor, sitting, mandateId, account, "ON_SITE");
    }

    private void recordAttendance(Actor actor, Sitting sitting, long mandateId, long account, String how) {
        if (isPresent(StoredId.of(sitting.id()), mandateId)) {
            throw new UserFacingException("motion.attendance.already");
        }
        store.recordAttendance(StoredId.of(sitting.id()), mandateId, account, how, actor.accountId(), clock.instant());
        movements.record(
                StoredId.of(sitting.id()), mandateId, SittingMovement.Kind.ARRIVAL, clock.instant(), actor.accountId());
        audit.record(new AuditEvent(
                actor,
                sitting.councilId(),
                "motion.sitting.attendance",
                "sitting",
                String.valueOf(sitting.id()),
                Map.of(),
                Map.of("mandate", mandateId, "how", how)));
    }

    /** The secretariat records that a member left the sitting: they no longer count as present, nor vote from now on. */
    @Transactional
    public void recordDeparture(Actor actor, long sittingId, long mandateId) {
        leave(actor, sittingId, mandateId, SittingMovement.Kind.DEPARTURE);
    }

    /**
     * The secretariat takes back a check-in made by mistake. Refused once that person voted in a vote still open: the
     * ballot was cast as present, so the record stands; their departure is recorded instead.
     */
    @Transactional
    public void undoCheckIn(Actor actor, long sittingId, long mandateId) {
        leave(actor, sittingId, mandateId, SittingMovement.Kind.CORRECTION);
    }

    private void leave(Actor actor, long sittingId, long mandateId, SittingMovement.Kind kind) {
        Sitting sitting = open(sittingId);
        permissions.require(actor, Action.RECORD_ATTENDANCE, sitting.councilId());
        lockOpenSessions(sittingId);
        Long account = movements
                .presentAccount(sittingId, mandateId)
                .orElseThrow(() -> new UserFacingException("motion.attendance.notPresent"));
        if (kind == SittingMovement.Kind.CORRECTION && votedInOpenSession(sittingId, account)) {
            throw new UserFacingException("motion.attendance.undo.voted");
        }
        movements.leave(sittingId, mandateId);
        movements.record(sittingId, mandateId, kind, clock.instant(), actor.accountId());
        audit.record(new AuditEvent(
                actor,
                sitting.councilId(),
                kind == SittingMovement.Kind.DEPARTURE ? "motion.sitting.departure" : "motion.sitting.attendance.undo",
                "sitting",
                String.valueOf(sittingId),
                Map.of("mandate", mandateId),
                Map.of()));
    }

    /** The chair's screen: presence, representation and quorum as of now, recomputed from the roll at each request. */
    @Transactional(readOnly = true)
    public SittingLive live(Actor actor, long sittingId) {
        Sitting sitting =
                sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
        permissions.require(actor, Action.RECORD_ATTENDANCE, sitting.councilId());
        List<RollSeat> voting =
                roll(sittingId).stream().filter(RollSeat::votingRight).toList();
        int present = (int) voting.stream()
                .filter(seat -> seat.presence() == RollSeat.Presence.PRESENT
                        || seat.presence() == RollSeat.Presence.SUBSTITUTED)
                .count();
        int represented = (int) voting.stream()
                .filter(seat -> seat.presence() == RollSeat.Presence.REPRESENTED)
                .count();
        Optional<VotingSession> running = openSessions(sittingId).stream().findFirst();
        // Under the open vote's own rule (none when it was reconvened without quorum); between votes, the usual half.
        QuorumPolicy.@Nullable Quorum quorum = QuorumPolicy.Quorum.HALF;
        if (running.isPresent()) {
            Integer numerator = running.get().quorumNumerator();
            Integer denominator = running.get().quorumDenominator();
            quorum = numerator == null || denominator == null ? null : new QuorumPolicy.Quorum(numerator, denominator);
        }
        return new SittingLive(
                voting.size(),
                present,
                represented,
                quorum == null ? null : quorum.numerator() + "/" + quorum.denominator(),
                QuorumPolicy.reached(quorum, present + represented, voting.size()),
                movements.movements(sittingId));
    }

    /** Closes the sitting once its votes are closed: no more absences, proxies or attendance. */
    @Transactional
    public void close(Actor actor, long sittingId) {
        // Locked first: the background job may be convening this sitting; we then wait for it and read its version.
        proxies.lockSitting(sittingId);
        Sitting sitting = open(sittingId);
        permissions.require(actor, Action.CONVENE_SITTING, sitting.councilId());
        SittingTimePolicy.sittingClosing(sitting.startsAt(), clock.instant()).ifPresent(key -> {
            throw new UserFacingException(key);
        });
        if (sessions.findBySittingIdOrderById(sittingId).stream()
                .anyMatch(session -> session.status() != VotingSession.Status.CLOSED)) {
            throw new UserFacingException("motion.sitting.sessionsOpen");
        }
        sittings.update(sitting.withStatus(Sitting.Status.CLOSED));
        audit.record(new AuditEvent(
                actor,
                sitting.councilId(),
                "motion.sitting.close",
                "sitting",
                String.valueOf(sittingId),
                Map.of("status", "CONVENED"),
                Map.of("status", "CLOSED")));
    }

    @Transactional(readOnly = true)
    public List<Sitting> sittings(long councilId) {
        return sittings.findByCouncilIdOrderByStartsAtDesc(councilId);
    }

    @Transactional(readOnly = true)
    public boolean canConvene(Actor actor, long councilId) {
        return permissions.allows(actor, Action.CONVENE_SITTING, councilId);
    }

    /** Published motions that can be put on an agenda. */
    @Transactional(readOnly = true)
    public List<MotionDetails.Link> agendaCandidates(long councilId) {
        return motions.findByCouncilIdOrderByCreatedAtDesc(councilId).stream()
                .filter(motion -> motion.status() == MotionStatus.PUBLISHED)
                .map(motion ->
                        new MotionDetails.Link(StoredId.of(motion.id()), motion.title(), "motions/" + motion.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public SittingDetails page(Actor actor, long sittingId) {
        Sitting sitting =
                sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
        List<SittingDetails.AgendaLine> agenda = agendas.items(sittingId).stream()
                .map(item ->
                        new SittingDetails.AgendaLine(item.motionId(), item.kind(), item.title(), item.documents()))
                .toList();
        LocalDate day = LocalDate.ofInstant(sitting.startsAt(), zones.zone(sitting.councilId()));
        List<RollSeat> roll = rolls.roll(sittingId, sitting.councilId(), day);
        SittingDetails.Mine mine = null;
        List<SittingDetails.Member> holders = List.of();
        Optional<MyMandate> mandate = actor.isAuthenticated() ? myMandate(sitting, actor) : Optional.empty();
        if (mandate.isPresent()) {
            MyMandate my = mandate.get();
            String givenTo = roll.stream()
                    .filter(seat -> seat.seatMandateId() == my.id())
                    .map(RollSeat::holderName)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            String heldFor = roll.stream()
                    .filter(seat -> actor.accountId().equals(seat.holderAccountId()))
                    .map(RollSeat::titularName)
                    .reduce((first, second) -> first + ", " + second)
                    .orElse(null);
            boolean substituteCanSit = my.titular()
                    && substituteOf(sitting, my.id())
                            .map(substitute -> !isAbsent(sittingId, substitute[0]))
                            .orElse(false);
            mine = new SittingDetails.Mine(
                    my.id(),
                    my.titular(),
                    isAbsent(sittingId, my.id()),
                    isPresent(sittingId, my.id()),
                    givenTo,
                    heldFor,
                    substituteCanSit);
            holders = store.possibleHolders(sitting.councilId(), actor.accountId(), day).stream()
                    .map(member -> new SittingDetails.Member(member.accountId(), member.name()))
                    .toList();
        }
        boolean records = permissions.allows(actor, Action.RECORD_ATTENDANCE, sitting.councilId());
        boolean convenes = permissions.allows(actor, Action.CONVENE_SITTING, sitting.councilId());
        // The video link is for those who sit (members) and those who run the sitting, never for any visitor.
        Sitting shown = mandate.isPresent() || records || convenes ? sitting : sitting.withoutOnlineUrl();
        return new SittingDetails(
                shown,
                councils.findById(sitting.councilId()).orElseThrow().slug(),
                zones.zone(sitting.councilId()),
                agenda,
                roll,
                mine,
                holders,
                records,
                convenes,
                !clock.instant().isBefore(sitting.startsAt()),
                sittingRules.urgency(sittingId).orElse(null));
    }

    /** The sitting's roll, for the quorum and the minutes. */
    @Transactional(readOnly = true)
    public List<RollSeat> roll(long sittingId) {
        Sitting sitting = sittings.findById(sittingId).orElseThrow();
        return rolls.roll(
                sittingId,
                sitting.councilId(),
                LocalDate.ofInstant(sitting.startsAt(), zones.zone(sitting.councilId())));
    }

    private Sitting open(long sittingId) {
        Sitting sitting =
                sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
        if (sitting.status() == Sitting.Status.CANCELLED) {
            throw new UserFacingException("motion.sitting.cancelled.already");
        }
        if (sitting.status() != Sitting.Status.CONVENED) {
            throw new UserFacingException("motion.sitting.closed");
        }
        return sitting;
    }

    private List<VotingSession> openSessions(long sittingId) {
        return sessions.findBySittingIdOrderById(sittingId).stream()
                .filter(session -> session.status() == VotingSession.Status.OPEN)
                .toList();
    }

    private void lockOpenSessions(long sittingId) {
        openSessions(sittingId).forEach(session -> locks.exclusive(StoredId.of(session.id())));
    }

    private boolean votedInOpenSession(long sittingId, long account) {
        return openSessions(sittingId).stream()
                .anyMatch(session -> ballots.votedAs(StoredId.of(session.id()), account));
    }

    private boolean isAbsent(long sittingId, long mandateId) {
        return store.isAbsent(sittingId, mandateId);
    }

    private boolean isPresent(long sittingId, long mandateId) {
        return store.isPresent(sittingId, mandateId);
    }

    private Optional<MyMandate> myMandate(Sitting sitting, Actor actor) {
        return actor.isAuthenticated() ? mandateOf(sitting, actor.accountId()) : Optional.empty();
    }

    /** The person's mandate in office on the sitting's day: a titular's first. */
    private Optional<MyMandate> mandateOf(Sitting sitting, long account) {
        LocalDate day = LocalDate.ofInstant(sitting.startsAt(), zones.zone(sitting.councilId()));
        return store.mandateOf(sitting.councilId(), account, day)
                .map(mandate -> new MyMandate(
                        mandate.id(),
                        mandate.titular(),
                        mandate.titularMandateId(),
                        mandate.votingRight(),
                        mandate.personName()));
    }

    /** The substitute in office backing a titular's mandate: {mandate id, account id}. */
    private Optional<Long[]> substituteOf(Sitting sitting, long titularMandateId) {
        LocalDate day = LocalDate.ofInstant(sitting.startsAt(), zones.zone(sitting.councilId()));
        return store.substituteOf(titularMandateId, day)
                .map(substitute -> new Long[] {substitute.mandateId(), substitute.accountId()});
    }
}
