package fr.convergences.motion.application;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Messages;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.OutgoingNotification;
import fr.convergences.motion.infrastructure.CouncilZones;
import fr.convergences.motion.infrastructure.MinutesPdf;
import fr.convergences.motion.infrastructure.MotionRepository;
import fr.convergences.motion.infrastructure.MotionStore;
import fr.convergences.motion.infrastructure.SittingAgenda;
import fr.convergences.motion.infrastructure.SittingMinutesStore;
import fr.convergences.motion.infrastructure.SittingRepository;
import fr.convergences.motion.infrastructure.VotingSessionRepository;
import fr.convergences.motion.model.Minutes;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.VotingSession;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One set of minutes (procès-verbal) for a whole sitting, in French: the agenda in order with its documents, attendance
 * and movements, then each item with each vote held on it (the same sections as a vote's own minutes, so a secret vote
 * shows only what its published result shows), and the secretariat's validation. Once the sitting is closed the
 * secretariat validates them; they are then public, like a vote's minutes, and the members convened are told.
 */
@Singleton
public class SittingMinutesService {

    private static final Locale FR = Locale.FRENCH;

    private final SittingRepository sittings;
    private final VotingSessionRepository sessions;
    private final VotingSessionService results;
    private final MotionRepository motions;
    private final MinutesService voteMinutes;
    private final SittingAgenda agendas;
    private final SittingMinutesStore store;
    private final MotionStore motionStore;
    private final CouncilZones zones;
    private final MinutesPdf pdf;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final NotificationOutbox outbox;
    private final I18NProvider messages;
    private final Clock clock;

    public SittingMinutesService(
            SittingRepository sittings,
            VotingSessionRepository sessions,
            VotingSessionService results,
            MotionRepository motions,
            MinutesService voteMinutes,
            SittingAgenda agendas,
            SittingMinutesStore store,
            MotionStore motionStore,
            CouncilZones zones,
            MinutesPdf pdf,
            Permissions permissions,
            AuditTrail audit,
            NotificationOutbox outbox,
            I18NProvider messages,
            Clock clock) {
        this.sittings = sittings;
        this.sessions = sessions;
        this.results = results;
        this.motions = motions;
        this.voteMinutes = voteMinutes;
        this.agendas = agendas;
        this.store = store;
        this.motionStore = motionStore;
        this.zones = zones;
        this.pdf = pdf;
        this.permissions = permissions;
        this.audit = audit;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** Who validated the minutes (their name as it was then), and when. */
    public record Signature(String name, Instant at) {}

    /** Where the sitting's minutes stand, for its page: whether they can be validated by this person, and by whom they were. */
    public record State(boolean canValidate, Optional<Signature> validation) {}

    @Transactional(readOnly = true)
    public State state(Actor actor, long sittingId) {
        Sitting sitting = find(sittingId);
        Optional<Signature> validation =
                store.validation(sittingId).map(signed -> new Signature(signed.name(), signed.at()));
        return new State(
                validation.isEmpty()
                        && sitting.status() == Sitting.Status.CLOSED
                        && permissions.allows(actor, Action.CONVENE_SITTING, sitting.councilId()),
                validation);
    }

    /**
     * The secretariat validates the minutes of a closed sitting, once: they are published, the validation is journalled and
     * the members convened to the sitting are told through the outbox.
     */
    @Transactional
    public Signature validate(Actor actor, long sittingId) {
        Sitting sitting = find(sittingId);
        permissions.require(actor, Action.CONVENE_SITTING, sitting.councilId());
        if (sitting.status() != Sitting.Status.CLOSED) {
            throw new UserFacingException("motion.sittingMinutes.notClosed");
        }
        if (!store.validate(sittingId, actor.accountId(), clock.instant())) {
            throw new UserFacingException("motion.sittingMinutes.already");
        }
        SittingMinutesStore.Validation validation = store.validation(sittingId).orElseThrow();
        audit.record(new AuditEvent(
                actor,
                sitting.councilId(),
                "motion.sitting.minutes.validate",
                "sitting",
                String.valueOf(sittingId),
                Map.of(),
                Map.of("validatedAt", validation.at().toString())));
        ZoneId zone = zones.zone(sitting.councilId());
        outbox.recordFor(
                new OutgoingNotification(
                        "sitting-minutes:" + sittingId,
                        NotificationOutbox.GIVEN_RECIPIENTS,
                        sittingId,
                        NotificationKind.VOTING_SESSION,
                        "motion.sittingMinutes.published.title",
                        "motion.sittingMinutes.published.body",
                        List.of(sitting.title(), Messages.day(LocalDate.ofInstant(sitting.startsAt(), zone), FR)),
                        "/seances/" + sittingId),
                agendas.convened(sitting.councilId(), LocalDate.ofInstant(sitting.startsAt(), zone)));
        return new Signature(validation.name(), validation.at());
    }

    /** The published minutes of a sitting: refused until the secretariat has validated them. */
    @Transactional(readOnly = true)
    public Minutes minutes(long sittingId) {
        Sitting sitting = find(sittingId);
        SittingMinutesStore.Validation validation = store.validation(sittingId)
                .orElseThrow(() -> new UserFacingException("motion.sittingMinutes.notPublished"));
        return build(sitting, validation);
    }

    /** The published minutes as an A4 PDF. */
    @Transactional(readOnly = true)
    public byte[] pdf(long sittingId) {
        return pdf.render(minutes(sittingId));
    }

    /** The minutes as they stand, for the secretariat to read before validating them (the sitting closed). */
    @Transactional(readOnly = true)
    public Minutes draft(Actor actor, long sittingId) {
        Sitting sitting = find(sittingId);
        permissions.require(actor, Action.CONVENE_SITTING, sitting.councilId());
        if (sitting.status() != Sitting.Status.CLOSED) {
            throw new UserFacingException("motion.sittingMinutes.notClosed");
        }
        return build(sitting, store.validation(sittingId).orElse(null));
    }

    private Minutes build(Sitting sitting, SittingMinutesStore.@Nullable Validation validation) {
        ZoneId zone = zones.zone(sitting.councilId());
        List<String> heading = new ArrayList<>();
        heading.add(t("motion.minutes.council", motionStore.councilName(sitting.councilId())));
        List<Minutes.Section> sections = new ArrayList<>();
        voteMinutes.sittingPart(sitting, zone, heading, sections);
        List<VotingSession> votes = sessions.findBySittingIdOrderById(StoredId.of(sitting.id())).stream()
                .filter(session -> session.status() == VotingSession.Status.CLOSED)
                .toList();
        List<String> verifications = new ArrayList<>();
        List<SittingAgenda.Item> items = agendas.items(StoredId.of(sitting.id()));
        for (int i = 0; i < items.size(); i++) {
            SittingAgenda.Item item = items.get(i);
            List<VotingSession> onItem = item.isMotion()
                    ? votes.stream()
                            .filter(vote -> vote.motionId().equals(item.motionId()))
                            .toList()
                    : List.of();
            sections.add(Minutes.Section.lines(
                    voteMinutes.agendaLine(i + 1, item),
                    List.of(t(
                            !item.isMotion()
                                    ? "motion.sittingMinutes.noVote"
                                    : onItem.isEmpty()
                                            ? "motion.sittingMinutes.notVoted"
                                            : "motion.sittingMinutes.votes",
                            onItem.size()))));
            for (VotingSession vote : onItem) {
                sections.add(Minutes.Section.lines(
                        t(
                                "motion.sittingMinutes.vote",
                                StoredId.of(vote.id()),
                                time(vote.openedAt(), zone),
                                time(vote.closedAt(), zone)),
                        List.of(voteMinutes.rulesLine(vote))));
                sections.addAll(voteMinutes.voteSections(
                        results.result(StoredId.of(vote.id())),
                        motions.findById(vote.motionId()).orElseThrow()));
                verifications.add(t("motion.minutes.verify", vote.id(), vote.publishedHead()));
            }
        }
        sections.add(Minutes.Section.lines(
                t("motion.sittingMinutes.verification"),
                verifications.isEmpty() ? List.of(t("motion.minutes.none")) : verifications));
        String signature = validation == null
                ? t("motion.sittingMinutes.draft")
                : t(
                        "motion.sittingMinutes.validated",
                        validation.name(),
                        Messages.moment(validation.at().atZone(zone), FR));
        return new Minutes(
                t("motion.sittingMinutes.title"),
                heading,
                sections,
                signature,
                t("motion.sittingMinutes.address", sitting.id()));
    }

    private static String time(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "—" : Messages.moment(instant.atZone(zone), FR);
    }

    private Sitting find(long sittingId) {
        return sittings.findById(sittingId).orElseThrow(() -> new UserFacingException("motion.sitting.unknown"));
    }

    private String t(String key, @Nullable Object... arguments) {
        return messages.getTranslation(key, FR, arguments);
    }
}
