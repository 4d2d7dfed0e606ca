package fr.convergences.debate.registration;

import fr.convergences.base.EmailAddress;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateRepository;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.PlacePolicy;
import fr.convergences.debate.RegistrantMessages;
import fr.convergences.debate.RegistrantNotices;
import fr.convergences.debate.Registration;
import fr.convergences.debate.RegistrationRepository;
import fr.convergences.debate.RegistrationStatus;
import fr.convergences.debate.RegistrationTokens;
import fr.convergences.debate.WaitingList;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.RateLimit;
import fr.convergences.identity.RateLimited;
import fr.convergences.identity.notification.NotificationKind;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Registrations to a debate: signed-in people register at once; people without an account give a name and an
 * e-mail address and confirm it by a link (their place is given at confirmation); the organiser registers people
 * without e-mail (a name, a phone number, or nothing). Once the capacity is reached, people join the waiting list,
 * and every freed seat goes to it. Seats are counted with the debate locked. Names, e-mails and phones are seen by
 * the debate's organiser and the council's admins only.
 */
@Singleton
public class RegistrationService {

    private static final Pattern PHONE = Pattern.compile("^[0-9+().\\s-]{4,40}$");

    private final DebateRepository debates;
    private final RegistrationRepository registrations;
    private final DebateService debateService;
    private final ConsultationService consultations;
    private final AccountRepository accounts;
    private final Permissions permissions;
    private final RegistrantMessages messages;
    private final RegistrantNotices notices;
    private final WaitingList waitingList;
    private final RegistrationTokens tokens;
    private final Clock clock;
    private final Duration confirmationValidity;

    public RegistrationService(
            DebateRepository debates,
            RegistrationRepository registrations,
            DebateService debateService,
            ConsultationService consultations,
            AccountRepository accounts,
            Permissions permissions,
            RegistrantMessages messages,
            RegistrantNotices notices,
            WaitingList waitingList,
            RegistrationTokens tokens,
            Clock clock,
            @Value("${convergences.debate.confirmation-validity:48h}") Duration confirmationValidity) {
        this.debates = debates;
        this.registrations = registrations;
        this.debateService = debateService;
        this.consultations = consultations;
        this.accounts = accounts;
        this.permissions = permissions;
        this.messages = messages;
        this.notices = notices;
        this.waitingList = waitingList;
        this.tokens = tokens;
        this.clock = clock;
        this.confirmationValidity = confirmationValidity;
    }

    /** Registers the signed-in person: a seat, or the waiting list when the debate is full; they are told which. */
    @Transactional
    @RateLimit(RateLimited.REGISTRATION)
    public Registration register(Actor actor, long debateId) {
        Debate debate = locked(debateId);
        permissions.require(actor, Action.REGISTER_FOR_DEBATE, debate.councilId());
        requireOpen(debate);
        Account account = accounts.findById(actor.accountId()).orElseThrow();
        if (registrations
                        .findActiveOfAccount(
                                debateId, Objects.requireNonNull(account.id(), "a stored account has an id"))
                        .isPresent()
                || (account.email() != null
                        && registrations
                                .findActiveOfEmail(debateId, account.email())
                                .isPresent())) {
            throw new UserFacingException("debate.registration.twice");
        }
        Instant now = clock.instant();
        RegistrationStatus status = PlacePolicy.placeFor(debate.capacity(), confirmed(debateId));
        Registration saved = registrations.save(new Registration(
                null,
                debateId,
                account.id(),
                account.displayName(),
                account.email(),
                null,
                account.locale(),
                status,
                null,
                now,
                now,
                status == RegistrationStatus.CONFIRMED ? now : null,
                null,
                null));
        tellPlace(saved, debate);
        return saved;
    }

    /**
     * Registers someone without an account: nothing is held until they follow the link e-mailed to them, which
     * proves the address; an address already registered to this debate is refused.
     */
    @Transactional
    @RateLimit(RateLimited.REGISTRATION)
    public Registration registerWithoutAccount(long debateId, String name, String email, Locale locale) {
        Debate debate = locked(debateId);
        requireOpen(debate);
        String cleanName = TextInput.singleLine(name, Registration.NAME_MAX_LENGTH, "debate.registration.name");
        String address = TextInput.clean(email);
        if (address == null || !EmailAddress.isPlausible(address)) {
            throw new UserFacingException("debate.registration.email.invalid");
        }
        if (registrations.findActiveOfEmail(debateId, address).isPresent()) {
            throw new UserFacingException("debate.registration.twice");
        }
        Instant now = clock.instant();
        Registration saved = registrations.save(new Registration(
                null,
                debateId,
                null,
                cleanName,
                address,
                null,
                locale == null ? "fr" : locale.getLanguage(),
                RegistrationStatus.UNCONFIRMED,
                null,
                now,
                null,
                null,
                null,
                null));
        Instant expires = now.plus(confirmationValidity).isBefore(debate.startsAt())
                ? now.plus(confirmationValidity)
                : debate.startsAt();
        messages.askConfirmation(saved, debate, zone(debate), expires);
        return saved;
    }

    /** Follows the e-mailed confirmation link: a seat, or the waiting list when the debate filled up meanwhile. */
    @Transactional
    public Registration confirm(String token) {
        long registrationId = tokens.consume(token, RegistrationTokens.Purpose.CONFIRM, clock.instant())
                .orElseThrow(() -> new UserFacingException("debate.registration.link.invalid"));
        Registration registration = registrations.findById(registrationId).orElseThrow();
        Debate debate = locked(registration.debateId());
        registration = registrations.lock(registrationId).orElseThrow();
        if (registration.status() != RegistrationStatus.UNCONFIRMED) {
            return registration;
        }
        requireOpen(debate);
        RegistrationStatus status = PlacePolicy.placeFor(
                debate.capacity(), confirmed(Objects.requireNonNull(debate.id(), "a stored debate has an id")));
        Registration confirmed = registrations.update(registration.withStatus(status, clock.instant()));
        tellPlace(confirmed, debate);
        return confirmed;
    }

    /** The signed-in person cancels their registration; a freed seat goes to the waiting list. */
    @Transactional
    public void cancelOwn(Actor actor, long debateId) {
        Debate debate = locked(debateId);
        permissions.require(actor, Action.REGISTER_FOR_DEBATE, debate.councilId());
        Registration registration = registrations
                .findActiveOfAccount(debateId, actor.accountId())
                .orElseThrow(() -> new UserFacingException("debate.registration.none"));
        cancel(debate, registration);
    }

    /** Follows the "cancel" link of an e-mail; returns the debate's id. */
    @Transactional
    public long cancelWithLink(String token) {
        long registrationId = tokens.consume(token, RegistrationTokens.Purpose.CANCEL, clock.instant())
                .orElseThrow(() -> new UserFacingException("debate.registration.link.invalid"));
        Registration registration = registrations.findById(registrationId).orElseThrow();
        Debate debate = locked(registration.debateId());
        registration = registrations.lock(registrationId).orElseThrow();
        if (!registration.isActive()) {
            throw new UserFacingException("debate.registration.none");
        }
        cancel(debate, registration);
        return Objects.requireNonNull(debate.id(), "a stored debate has an id");
    }

    /** The organiser registers someone who has no e-mail (met by phone, at a social centre): a name, a phone, or nothing. */
    @Transactional
    public Registration registerOnBehalf(Actor actor, long debateId, String name, String phone) {
        Debate debate = locked(debateId);
        debateService.requireOrganiser(actor, Action.MANAGE_DEBATE_REGISTRATIONS, debate);
        requireOpen(debate);
        String cleanName = TextInput.singleLineOptional(name, Registration.NAME_MAX_LENGTH, "debate.registration.name");
        String cleanPhone =
                TextInput.singleLineOptional(phone, Registration.PHONE_MAX_LENGTH, "debate.registration.phone");
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            throw new UserFacingException("debate.registration.phone.invalid");
        }
        Instant now = clock.instant();
        RegistrationStatus status = PlacePolicy.placeFor(debate.capacity(), confirmed(debateId));
        return registrations.save(new Registration(
                null,
                debateId,
                null,
                cleanName,
                null,
                cleanPhone,
                "fr",
                status,
                actor.accountId(),
                now,
                now,
                status == RegistrationStatus.CONFIRMED ? now : null,
                null,
                null));
    }

    /**
     * The organiser cancels someone's registration (who said they cannot come); a freed seat goes to the waiting list, and
     * the person is told (in-app and by e-mail), in case the organiser misunderstood them.
     */
    @Transactional
    public void cancelOnBehalf(Actor actor, long registrationId) {
        Registration found = registrations
                .findById(registrationId)
                .orElseThrow(() -> new UserFacingException("debate.registration.none"));
        Debate debate = locked(found.debateId());
        debateService.requireOrganiser(actor, Action.MANAGE_DEBATE_REGISTRATIONS, debate);
        Registration registration = registrations.lock(registrationId).orElseThrow();
        if (!registration.isActive()) {
            throw new UserFacingException("debate.registration.none");
        }
        Registration cancelled = cancel(debate, registration);
        notices.tell(
                "debate-registration-cancelled-" + registrationId,
                List.of(cancelled),
                debate,
                zone(debate),
                NotificationKind.DEBATE_REGISTRATION,
                "debate.notice.registrationCancelled");
    }

    /** Everyone registered, with their personal data: for the debate's organiser and the council's admins only. */
    @Transactional(readOnly = true)
    public List<Registration> registrants(Actor actor, long debateId) {
        Debate debate = debateService.find(debateId);
        debateService.requireOrganiser(actor, Action.MANAGE_DEBATE_REGISTRATIONS, debate);
        return registrations.findByDebateIdOrderByCreatedAt(debateId).stream()
                .sorted(Comparator.comparing((Registration registration) ->
                                registration.status().ordinal())
                        .thenComparing(registration ->
                                registration.queuedAt() == null ? registration.createdAt() : registration.queuedAt()))
                .toList();
    }

    /** The list for the door, as CSV: people with a seat, then the waiting list, with an empty column to tick. */
    @Transactional(readOnly = true)
    public byte[] doorList(
            Actor actor,
            long debateId,
            List<String> headers,
            java.util.function.Function<RegistrationStatus, String> statusLabel) {
        List<Registration> present = registrants(actor, debateId).stream()
                .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED
                        || registration.status() == RegistrationStatus.WAITING)
                .toList();
        return DoorListCsv.write(present, headers, statusLabel, zone(debateService.find(debateId)));
    }

    /** Whether the person could register now (the page mirrors it). */
    @Transactional(readOnly = true)
    public boolean acceptsRegistrations(long debateId) {
        Debate debate = debateService.find(debateId);
        return debate.isPublished() && !debate.hasStarted(clock.instant());
    }

    private Registration cancel(Debate debate, Registration registration) {
        if (debate.hasStarted(clock.instant())) {
            throw new UserFacingException("debate.registration.cancel.started");
        }
        Instant now = clock.instant();
        Registration cancelled = registrations.update(registration.withStatus(RegistrationStatus.CANCELLED, now));
        if (registration.status() == RegistrationStatus.CONFIRMED && debate.isPublished()) {
            waitingList.fill(debate, zone(debate), now);
        }
        return cancelled;
    }

    private void requireOpen(Debate debate) {
        if (debate.isCancelled()) {
            throw new UserFacingException("debate.cancelled");
        }
        if (!debate.isPublished()) {
            throw new UserFacingException("debate.unknown");
        }
        if (debate.hasStarted(clock.instant())) {
            throw new UserFacingException("debate.registration.over");
        }
    }

    private Debate locked(long debateId) {
        return debates.lock(debateId).orElseThrow(() -> new UserFacingException("debate.unknown"));
    }

    private long confirmed(long debateId) {
        return registrations.countByDebateIdAndStatus(debateId, RegistrationStatus.CONFIRMED);
    }

    private ZoneId zone(Debate debate) {
        return consultations.details(debate.consultationId()).zone();
    }

    /** A seat is told with the debate's address and calendar file; a place on the waiting list, without. */
    private void tellPlace(Registration registration, Debate debate) {
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            messages.tellSeat(registration, debate, zone(debate), "debate.notice.registered");
        } else {
            messages.tell(
                    registration,
                    debate,
                    zone(debate),
                    NotificationKind.DEBATE_REGISTRATION,
                    "debate.notice.waiting",
                    true);
        }
    }
}
