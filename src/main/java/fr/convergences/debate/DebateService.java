package fr.convergences.debate;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.Notifications;
import fr.convergences.identity.notification.OutgoingNotification;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationService;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposing, editing, approving and cancelling debates, and reading them. An organiser acts on their own debates
 * only (council admins on all of the council's); a moderator approves a proposed debate before the public sees it
 * (when {@code convergences.debate.approval-required}, the default) and may cancel any, with a reason that the
 * registrants receive.
 */
@Singleton
public class DebateService {

    private final DebateRepository debates;
    private final RegistrationRepository registrations;
    private final DebateStore records;
    private final AttendanceStore attendance;
    private final DebateValidator validator;
    private final ConsultationService consultations;
    private final OrganisationService organisations;
    private final AccountRepository accounts;
    private final CouncilRoleRepository roles;
    private final Permissions permissions;
    private final Notifications notifications;
    private final NotificationOutbox outbox;
    private final RegistrantMessages registrantMessages;
    private final RegistrantNotices registrantNotices;
    private final WaitingList waitingList;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean approvalRequired;

    public DebateService(
            DebateRepository debates,
            RegistrationRepository registrations,
            DebateStore records,
            AttendanceStore attendance,
            DebateValidator validator,
            ConsultationService consultations,
            OrganisationService organisations,
            AccountRepository accounts,
            CouncilRoleRepository roles,
            Permissions permissions,
            Notifications notifications,
            NotificationOutbox outbox,
            RegistrantMessages registrantMessages,
            RegistrantNotices registrantNotices,
            WaitingList waitingList,
            AuditTrail audit,
            Clock clock,
            @Value("${convergences.debate.approval-required:true}") boolean approvalRequired) {
        this.debates = debates;
        this.registrations = registrations;
        this.records = records;
        this.attendance = attendance;
        this.validator = validator;
        this.consultations = consultations;
        this.organisations = organisations;
        this.accounts = accounts;
        this.roles = roles;
        this.permissions = permissions;
        this.notifications = notifications;
        this.outbox = outbox;
        this.registrantMessages = registrantMessages;
        this.registrantNotices = registrantNotices;
        this.waitingList = waitingList;
        this.audit = audit;
        this.clock = clock;
        this.approvalRequired = approvalRequired;
    }

    /** Proposes a debate: public at once, or after a moderator's approval (moderators are told). */
    @Transactional
    public Debate create(Actor actor, long consultationId, DebateForm form) {
        ConsultationDetails consultation = consultations.details(consultationId);
        long council = consultation.consultation().councilId();
        permissions.require(actor, Action.ORGANISE_DEBATE, council);
        if (!DebatePhasePolicy.acceptsNewDebates(consultation, LocalDate.now(clock.withZone(consultation.zone())))) {
            throw new UserFacingException("debate.phase.closed");
        }
        ValidDebate valid = validator.validate(
                actor, consultation, consultations.territoryCommunes(council), form, clock.instant());
        Debate saved = debates.save(Debate.create(
                consultationId,
                council,
                actor.accountId(),
                valid,
                approvalRequired ? DebateStatus.PENDING : DebateStatus.PUBLISHED,
                clock.instant()));
        records.replaceThemes(saved.storedId(), valid.themeIds());
        records.replaceAgenda(saved.storedId(), valid.agenda());
        if (approvalRequired) {
            // Through the outbox: proposing a debate does not wait for a mail server once per moderator.
            outbox.recordFor(
                    new OutgoingNotification(
                            "debate-to-approve:" + saved.id(),
                            NotificationOutbox.GIVEN_RECIPIENTS,
                            saved.storedId(),
                            NotificationKind.MODERATION_ALERT,
                            "debate.notice.toApprove.title",
                            "debate.notice.toApprove.body",
                            List.of(saved.title()),
                            "/debats/" + saved.id()),
                    moderatorsOf(council));
        }
        return saved;
    }

    /** Changes one's debate before it starts; a larger capacity gives seats to the waiting list at once. */
    @Transactional
    public Debate edit(Actor actor, long debateId, DebateForm form) {
        Debate debate = debates.lock(debateId).orElseThrow(() -> new UserFacingException("debate.unknown"));
        requireOrganiser(actor, Action.ORGANISE_DEBATE, debate);
        if (debate.isCancelled()) {
            throw new UserFacingException("debate.cancelled");
        }
        if (debate.hasStarted(clock.instant())) {
            throw new UserFacingException("debate.edit.started");
        }
        ConsultationDetails consultation = consultations.details(debate.consultationId());
        ValidDebate valid = validator.validate(
                actor, consultation, consultations.territoryCommunes(debate.councilId()), form, clock.instant());
        long confirmed = registrations.countByDebateIdAndStatus(debateId, RegistrationStatus.CONFIRMED);
        if (valid.capacity() < confirmed) {
            throw new UserFacingException("debate.capacity.belowRegistered", confirmed);
        }
        Debate updated = debates.update(debate.withDetails(valid));
        records.replaceThemes(debateId, valid.themeIds());
        records.replaceAgenda(debateId, valid.agenda());
        if (updated.isPublished()) {
            waitingList.fill(updated, consultation.zone(), clock.instant());
        }
        if (DebateChange.concernsRegistrants(debate, updated)) {
            registrantNotices.tell(
                    "debate-changed-" + debateId + "-" + clock.instant().toEpochMilli(),
                    RegistrantNotices.concerned(registrations.findByDebateIdOrderByCreatedAt(debateId)),
                    updated,
                    consultation.zone(),
                    NotificationKind.DEBATE_REGISTRATION,
                    "debate.notice.changed",
                    where(updated));
        }
        return updated;
    }

    /** Makes a proposed debate public; its organiser is told. */
    @Transactional
    public void approve(Actor actor, long debateId) {
        Debate debate = find(debateId);
        permissions.require(actor, Action.MODERATE_DEBATE, debate.councilId());
        if (debates.approve(debateId, clock.instant(), actor.accountId()) == 0) {
            throw new UserFacingException("debate.approve.notPending");
        }
        audit.record(new AuditEvent(
                actor,
                debate.councilId(),
                "debate.approve",
                "debate",
                String.valueOf(debateId),
                Map.of("status", debate.status().name()),
                Map.of("status", DebateStatus.PUBLISHED.name())));
        notifications.notify(
                debate.organiserAccountId(),
                NotificationKind.MODERATION_DECISION,
                "debate.notice.approved.title",
                "debate.notice.approved.body",
                List.of(debate.title()),
                "/debats/" + debateId);
    }

    /**
     * Cancels a debate with a reason (a moderator, or its organiser); every registration is cancelled and each
     * registrant who can be reached is told, with the reason.
     */
    @Transactional
    public void cancel(Actor actor, long debateId, String reason) {
        Debate debate = debates.lock(debateId).orElseThrow(() -> new UserFacingException("debate.unknown"));
        if (!permissions.allows(actor, Action.MODERATE_DEBATE, debate.councilId())) {
            requireOrganiser(actor, Action.ORGANISE_DEBATE, debate);
        }
        if (debate.isCancelled()) {
            throw new UserFacingException("debate.cancel.already");
        }
        if (debate.isOver(clock.instant())) {
            throw new UserFacingException("debate.cancel.over");
        }
        String why = DebateValidator.contactsMasked(
                TextInput.required(reason, Debate.REASON_MAX_LENGTH, "debate.cancel.reason"));
        Instant now = clock.instant();
        debates.cancel(debateId, now, why);
        audit.record(new AuditEvent(
                actor,
                debate.councilId(),
                "debate.cancel",
                "debate",
                String.valueOf(debateId),
                Map.of("status", debate.status().name()),
                Map.of("status", DebateStatus.CANCELLED.name(), "reason", why)));
        ZoneId zone = consultations.details(debate.consultationId()).zone();
        List<Registration> toTell = new ArrayList<>();
        for (Registration registration : registrations.findByDebateIdOrderByCreatedAt(debateId)) {
            if (!registration.isActive()) {
                continue;
            }
            Registration cancelled = registrations.update(registration.withStatus(RegistrationStatus.CANCELLED, now));
            if (registration.status() != RegistrationStatus.UNCONFIRMED) {
                toTell.add(cancelled);
            }
        }
        registrantNotices.tell(
                "debate-cancelled-" + debateId,
                toTell,
                debate,
                zone,
                NotificationKind.DEBATE_CANCELLED,
                "debate.notice.cancelled",
                why);
        if (!debate.organiserAccountId().equals(actor.accountId())) {
            registrantMessages.tellAccount(
                    debate.organiserAccountId(),
                    debate,
                    zone,
                    NotificationKind.DEBATE_CANCELLED,
                    "debate.notice.cancelled",
                    why);
        }
    }

    /** A debate as its page shows it; a proposed one only to its organiser and the council's moderators and admins. */
    @Transactional(readOnly = true)
    public DebateDetails details(Actor actor, long debateId) {
        Debate debate = find(debateId);
        if (!visible(actor, debate)) {
            throw new UserFacingException("debate.unknown");
        }
        ConsultationDetails consultation = consultations.details(debate.consultationId());
        Set<Long> themeIds = new HashSet<>(records.themeIds(debateId));
        String commune = debate.communeInsee() == null
                ? null
                : consultations
                        .territoryCommunes(debate.councilId())
                        .getOrDefault(debate.communeInsee(), debate.communeInsee());
        return new DebateDetails(
                debate,
                consultation.consultation().title(),
                consultation.councilName(),
                consultation.zone(),
                organiser(debate),
                commune,
                consultation.themes().stream()
                        .filter(theme -> themeIds.contains(theme.id()))
                        .toList(),
                records.agenda(debateId),
                registrations.countByDebateIdAndStatus(debateId, RegistrationStatus.CONFIRMED),
                registrations.countByDebateIdAndStatus(debateId, RegistrationStatus.WAITING),
                attendance.find(debateId),
                records.contributions(debateId));
    }

    /** What the person may do with the debate now. */
    @Transactional(readOnly = true)
    public DebateTools tools(Actor actor, long debateId) {
        Debate debate = find(debateId);
        Instant now = clock.instant();
        boolean manage = isOrganiser(actor, Action.ORGANISE_DEBATE, debate);
        boolean moderate = permissions.allows(actor, Action.MODERATE_DEBATE, debate.councilId());
        Optional<Registration> own = actor.isAuthenticated()
                ? registrations.findActiveOfAccount(debateId, actor.accountId())
                : Optional.empty();
        return new DebateTools(
                manage && !debate.isCancelled() && !debate.hasStarted(now),
                manage && !debate.isCancelled(),
                moderate,
                (moderate || manage) && !debate.isCancelled() && !debate.isOver(now),
                debate.isPublished()
                        && !debate.hasStarted(now)
                        && permissions.allows(actor, Action.REGISTER_FOR_DEBATE, debate.councilId()),
                own);
    }

    /** The consultation's debates the person may see, in date order. */
    @Transactional(readOnly = true)
    public List<Debate> ofConsultation(Actor actor, long consultationId) {
        return debates.findByConsultationIdOrderByStartsAt(consultationId).stream()
                .filter(debate -> visible(actor, debate))
                .toList();
    }

    /** Proposed debates awaiting the person's approval, in the councils where they moderate debates. */
    @Transactional(readOnly = true)
    public List<Debate> awaitingApproval(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        List<Debate> pending = new ArrayList<>();
        roles.findByAccountId(actor.accountId()).stream()
                .map(CouncilRoleGrant::councilId)
                .distinct()
                .filter(council -> permissions.allows(actor, Action.MODERATE_DEBATE, council))
                .forEach(council ->
                        pending.addAll(debates.findByCouncilIdAndStatusOrderByStartsAt(council, DebateStatus.PENDING)));
        return pending;
    }

    /** Whether the person may propose a debate for this consultation now (the page mirrors it). */
    @Transactional(readOnly = true)
    public boolean canOrganise(Actor actor, long consultationId) {
        ConsultationDetails consultation = consultations.details(consultationId);
        return permissions.allows(
                        actor,
                        Action.ORGANISE_DEBATE,
                        consultation.consultation().councilId())
                && DebatePhasePolicy.acceptsNewDebates(
                        consultation, LocalDate.now(clock.withZone(consultation.zone())));
    }

    /** One's debate as a form to edit. */
    @Transactional(readOnly = true)
    public DebateForm form(Actor actor, long debateId) {
        Debate debate = find(debateId);
        requireOrganiser(actor, Action.ORGANISE_DEBATE, debate);
        ZoneId zone = consultations.details(debate.consultationId()).zone();
        return new DebateForm(
                debate.title(),
                debate.description(),
                debate.organisationId(),
                debate.startsAt().atZone(zone).toLocalDate(),
                debate.startsAt().atZone(zone).toLocalTime(),
                debate.endsAt().atZone(zone).toLocalTime(),
                debate.place(),
                debate.communeInsee(),
                debate.stepFree(),
                debate.hearingLoop(),
                debate.accessibilityNotes(),
                debate.onlineUrl(),
                debate.capacity(),
                debate.audience(),
                debate.audienceDetails(),
                Set.copyOf(records.themeIds(debateId)),
                records.agenda(debateId));
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisationsOf(Actor actor) {
        return organisations.actingFor(actor);
    }

    @Transactional(readOnly = true)
    public ConsultationDetails consultation(long consultationId) {
        return consultations.details(consultationId);
    }

    @Transactional(readOnly = true)
    public Map<String, String> communes(long consultationId) {
        return consultations.territoryCommunes(consultations.councilOf(consultationId));
    }

    /** The debates' share of a consultation's public contributions: captured at its debates, and all. */
    @Transactional(readOnly = true)
    public DebateShare share(long consultationId) {
        return new DebateShare(records.capturedCount(consultationId), records.publicCount(consultationId));
    }

    public Debate find(long debateId) {
        return debates.findById(debateId).orElseThrow(() -> new UserFacingException("debate.unknown"));
    }

    /** Refuses unless the person holds the action in the debate's council and is its organiser or a council admin. */
    public void requireOrganiser(Actor actor, Action action, Debate debate) {
        permissions.require(actor, action, debate.councilId());
        if (!isOrganiser(actor, action, debate)) {
            throw new NotYourDebateException(action);
        }
    }

    public boolean isOrganiser(Actor actor, Action action, Debate debate) {
        return permissions.allows(actor, action, debate.councilId())
                && (debate.organiserAccountId().equals(actor.accountId())
                        || permissions.rolesIn(actor, debate.councilId()).contains(CouncilRole.COUNCIL_ADMIN));
    }

    boolean visible(Actor actor, Debate debate) {
        return debate.status() != DebateStatus.PENDING
                || debate.organiserAccountId().equals(actor.accountId())
                || permissions.allows(actor, Action.MODERATE_DEBATE, debate.councilId());
    }

    /** The name shown as the organiser: the association's, else the person's. */
    String organiser(Debate debate) {
        if (debate.organisationId() != null) {
            return organisations.find(debate.organisationId()).name();
        }
        return accounts.findById(debate.organiserAccountId())
                .map(account -> account.displayName() == null ? "—" : account.displayName())
                .orElse("—");
    }

    /** Where the debate takes place, as registrants read it: the place and its commune, or the online link. */
    private String where(Debate debate) {
        if (debate.place() == null) {
            return debate.onlineUrl() == null ? "—" : debate.onlineUrl();
        }
        String commune = debate.communeInsee() == null
                ? null
                : consultations.territoryCommunes(debate.councilId()).get(debate.communeInsee());
        return commune == null ? debate.place() : debate.place() + ", " + commune;
    }

    private List<Long> moderatorsOf(long council) {
        Set<Long> moderators = new HashSet<>();
        for (CouncilRole role : List.of(CouncilRole.MODERATOR, CouncilRole.COUNCIL_ADMIN)) {
            roles.findByCouncilIdAndRole(council, role).forEach(grant -> moderators.add(grant.accountId()));
        }
        return moderators.stream().sorted().toList();
    }

    /** The kinds of contact details that saving this form masks, to tell the organiser (no original is kept). */
    public java.util.Set<fr.convergences.base.PersonalDataDetector.Kind> contactDetailsMasked(DebateForm form) {
        return DebateValidator.contactsFound(form);
    }
}
