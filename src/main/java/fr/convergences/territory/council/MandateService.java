package fr.convergences.territory.council;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.EmailAddress;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.mail.MailOutbox;
import fr.convergences.base.mail.OutgoingMail;
import fr.convergences.base.security.SecretTokens;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Mandates from appointment to end: a council admin records the appointment, the person accepts the
 * e-mailed invitation (which links the seat to their account), and the mandate ends at its term or
 * earlier. Every change is audit-logged with the mandate before and after.
 */
@Singleton
public class MandateService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

    private final MandateRepository mandates;
    private final CollegeRepository colleges;
    private final CouncilRepository councils;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final MailOutbox mails;
    private final I18NProvider messages;
    private final PublicUrl publicUrl;
    private final InvitationStore invitations;
    private final Clock clock;

    public MandateService(
            MandateRepository mandates,
            CollegeRepository colleges,
            CouncilRepository councils,
            Permissions permissions,
            AuditTrail audit,
            MailOutbox mails,
            I18NProvider messages,
            PublicUrl publicUrl,
            InvitationStore invitations,
            Clock clock) {
        this.mandates = mandates;
        this.colleges = colleges;
        this.councils = councils;
        this.permissions = permissions;
        this.audit = audit;
        this.mails = mails;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** Every mandate of the council, ended ones included, for its admins. */
    @Transactional(readOnly = true)
    public List<Mandate> mandates(Actor actor, long councilId) {
        permissions.require(actor, Action.MANAGE_MANDATES, councilId);
        return mandates.findByCouncilIdOrderById(councilId);
    }

    /** Records an appointment; with an e-mail address, the invitation goes out at once. */
    @Transactional
    public Mandate appoint(Actor actor, long councilId, MandateForm form) {
        permissions.require(actor, Action.MANAGE_MANDATES, councilId);
        College college = colleges.findById(form.collegeId())
                .filter(found -> found.councilId() == councilId)
                .orElseThrow(() -> new UserFacingException("territory.college.unknown"));
        TextInput.requirePlainLine(form.personName());
        String name = form.personName() == null ? "" : form.personName().strip();
        if (name.isEmpty() || name.length() > Mandate.PERSON_NAME_MAX_LENGTH) {
            throw new UserFacingException("territory.mandate.name.invalid", Mandate.PERSON_NAME_MAX_LENGTH);
        }
        String email = form.email() == null || form.email().isBlank()
                ? null
                : form.email().strip();
        if (email != null && !EmailAddress.isPlausible(email)) {
            throw new UserFacingException("identity.email.invalid");
        }
        LocalDate startsOn = form.startsOn();
        LocalDate endsOn = form.endsOn();
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new UserFacingException("territory.mandate.dates.invalid");
        }
        String order =
                form.appointmentOrder() == null || form.appointmentOrder().isBlank()
                        ? null
                        : form.appointmentOrder().strip();
        if (order != null && order.length() > Mandate.ORDER_MAX_LENGTH) {
            throw new UserFacingException("territory.mandate.order.tooLong", Mandate.ORDER_MAX_LENGTH);
        }
        Integer seat = null;
        Long titularId = null;
        if (form.kind() == MandateKind.SUBSTITUTE) {
            Mandate titular = form.titularMandateId() == null
                    ? null
                    : mandates.findById(form.titularMandateId()).orElse(null);
            Optional<String> problem = SubstitutePolicy.problem(
                    titular,
                    college.storedId(),
                    startsOn,
                    endsOn,
                    titular == null
                            ? List.of()
                            : mandates.findByTitularMandateId(titular.storedId()).stream()
                                    .filter(other -> other.status() != MandateStatus.ENDED
                                            || other.effectiveEnd().isAfter(startsOn))
                                    .toList());
            if (problem.isPresent()) {
                throw new UserFacingException(problem.get());
            }
            titularId = Objects.requireNonNull(titular, "the policy refuses a substitute without a titular")
                    .storedId();
        } else {
            seat = SeatPolicy.freeSeat(college.seats(), mandates.findByCollegeId(college.storedId()), startsOn, endsOn)
                    .orElseThrow(() -> new UserFacingException("territory.mandate.college.full", college.seats()));
        }
        Mandate mandate = mandates.save(new Mandate(
                null,
                councilId,
                college.storedId(),
                form.kind(),
                seat,
                titularId,
                name,
                email,
                null,
                startsOn,
                endsOn,
                order,
                form.votingRight(),
                MandateStatus.INVITED,
                null,
                null,
                null));
        audit.record(new AuditEvent(
                actor,
                councilId,
                "mandate.appoint",
                "mandate",
                String.valueOf(mandate.id()),
                Map.of(),
                describe(mandate)));
        if (email != null) {
            sendInvitation(mandate, email);
        }
        return mandate;
    }

    /** Sends (again) the invitation of a mandate not yet accepted, to the given address. */
    @Transactional
    public void invite(Actor actor, long mandateId, String email) {
        Mandate mandate =
                mandates.findById(mandateId).orElseThrow(() -> new UserFacingException("territory.mandate.unknown"));
        permissions.require(actor, Action.INVITE_MEMBER, mandate.councilId());
        if (mandate.status() != MandateStatus.INVITED) {
            throw new UserFacingException("territory.mandate.invite.notPending");
        }
        String address = email == null ? "" : email.strip();
        if (!EmailAddress.isPlausible(address)) {
            throw new UserFacingException("identity.email.invalid");
        }
        sendInvitation(mandate, address);
        audit.record(new AuditEvent(
                actor,
                mandate.councilId(),
                "mandate.invite",
                "mandate",
                String.valueOf(mandateId),
                Map.of(),
                Map.of("invited", true)));
    }

    /**
     * The invited person, signed in, accepts: the seat is linked to their account and becomes active.
     * The invitation proves they received the mail; anyone else's account cannot take the seat.
     */
    @Transactional
    public Mandate accept(Actor actor, String token) {
        permissions.require(actor, Action.ACCEPT_MANDATE_INVITATION);
        if (!SecretTokens.plausible(token)) {
            throw new UserFacingException("territory.invitation.invalid");
        }
        Mandate mandate = invitations
                .use(SecretTokens.hash(token), clock.instant())
                .flatMap(mandates::findById)
                .filter(found -> found.status() == MandateStatus.INVITED)
                .orElseThrow(() -> new UserFacingException("territory.invitation.invalid"));
        Mandate accepted = mandates.update(mandate.withStatus(MandateStatus.ACTIVE, actor.accountId(), null, null));
        audit.record(new AuditEvent(
                actor,
                mandate.councilId(),
                "mandate.accept",
                "mandate",
                String.valueOf(mandate.id()),
                describe(mandate),
                describe(accepted)));
        return accepted;
    }

    /** Ends a mandate on a date within its period, with the reason (resignation, end of office, death...). */
    @Transactional
    public Mandate end(Actor actor, long mandateId, LocalDate endedOn, String reason) {
        Mandate mandate =
                mandates.findById(mandateId).orElseThrow(() -> new UserFacingException("territory.mandate.unknown"));
        permissions.require(actor, Action.MANAGE_MANDATES, mandate.councilId());
        if (mandate.status() == MandateStatus.ENDED) {
            throw new UserFacingException("territory.mandate.end.already");
        }
        if (endedOn == null || endedOn.isBefore(mandate.startsOn()) || endedOn.isAfter(mandate.endsOn())) {
            throw new UserFacingException("territory.mandate.end.date");
        }
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty() || cleanReason.length() > Mandate.END_REASON_MAX_LENGTH) {
            throw new UserFacingException("territory.mandate.end.reason", Mandate.END_REASON_MAX_LENGTH);
        }
        Mandate ended =
                mandates.update(mandate.withStatus(MandateStatus.ENDED, mandate.accountId(), endedOn, cleanReason));
        audit.record(new AuditEvent(
                actor,
                mandate.councilId(),
                "mandate.end",
                "mandate",
                String.valueOf(mandateId),
                describe(mandate),
                describe(ended)));
        return ended;
    }

    private void sendInvitation(Mandate mandate, String email) {
        String token = SecretTokens.newToken();
        invitations.add(
                mandate.storedId(), SecretTokens.hash(token), clock.instant().plus(INVITATION_VALIDITY));
        Council council = councils.findById(mandate.councilId()).orElseThrow();
        College college = colleges.findById(mandate.collegeId()).orElseThrow();
        // The person may have no account yet: the invitation is written in French, the platform's first language.
        Locale french = Locale.FRENCH;
        // Recorded with the token, sent after the commit: the link must not arrive before its token exists, and a
        // crash between the two must not lose the invitation.
        mails.recordMail(new OutgoingMail(
                email,
                messages.getTranslation("territory.invitation.mail.subject", french, council.name()),
                messages.getTranslation(
                        "territory.invitation.mail.body",
                        french,
                        mandate.personName(),
                        council.name(),
                        college.name(),
                        publicUrl.of("/invitation?jeton=" + token))));
    }

    /** The fields the audit log keeps of a mandate (the e-mail address is personal data: not kept). */
    static Map<String, Object> describe(Mandate mandate) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("college", mandate.collegeId());
        fields.put("kind", mandate.kind().name());
        fields.put("seat", mandate.seat());
        fields.put("titular", mandate.titularMandateId());
        fields.put("person", mandate.personName());
        fields.put("account", mandate.accountId());
        fields.put("startsOn", mandate.startsOn().toString());
        fields.put("endsOn", mandate.endsOn().toString());
        fields.put("order", mandate.appointmentOrder());
        fields.put("votingRight", mandate.votingRight());
        fields.put("status", mandate.status().name());
        fields.put(
                "endedOn", mandate.endedOn() == null ? null : mandate.endedOn().toString());
        fields.put("endReason", mandate.endReason());
        return fields;
    }
}
