package fr.convergences.debate;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.mail.MailAttachment;
import fr.convergences.base.mail.OutgoingMail;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.Notifications;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a registrant something about their registration: through the platform's notifications when they have an
 * account (in-app, and e-mailed as they chose), by e-mail otherwise, with a fresh link to cancel; people registered
 * without any contact are not told (their organiser is, when it matters). E-mails go through the notification outbox,
 * recorded in the caller's transaction: a change that rolls back mails nobody. Texts take the debate's title {0} and
 * its day and hours {1}.
 */
@Singleton
// Called inside the caller's transaction (a registration, a cancellation, an edit of the debate): its reads and the
// notices it records belong to the caller's decision and roll back with it. Outside a transaction it refuses to run.
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
public class RegistrantMessages {

    private final Notifications notifications;
    private final AccountRepository accounts;
    private final NotificationOutbox outbox;
    private final I18NProvider messages;
    private final PublicUrl publicUrl;
    private final RegistrationTokens tokens;
    private final DebateInvitations invitations;

    RegistrantMessages(
            Notifications notifications,
            AccountRepository accounts,
            NotificationOutbox outbox,
            I18NProvider messages,
            PublicUrl publicUrl,
            RegistrationTokens tokens,
            DebateInvitations invitations) {
        this.invitations = invitations;
        this.notifications = notifications;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.tokens = tokens;
    }

    /**
     * Tells a person that a seat is theirs: the message says where ({2}, a place and its commune, or the online link)
     * and the e-mail carries the debate's .ics file, so that the seat lands in their calendar. Returns whether the
     * person could be told.
     */
    public boolean tellSeat(Registration registration, Debate debate, ZoneId zone, String key) {
        Optional<DebateInvitations.Invitation> invitation = invitations.of(debate.storedId());
        String where = invitation.map(DebateInvitations.Invitation::where).orElseGet(debate::placeOrLink);
        List<MailAttachment> files = invitation
                .map(found -> List.of(MailAttachment.calendar("debat-" + debate.id() + ".ics", found.ics())))
                .orElse(List.of());
        return tell(registration, debate, zone, NotificationKind.DEBATE_REGISTRATION, key, true, files, where);
    }

    /** Returns whether the person could be told. */
    public boolean tell(
            Registration registration,
            Debate debate,
            ZoneId zone,
            NotificationKind kind,
            String key,
            boolean cancelLink,
            Object... extra) {
        return tell(registration, debate, zone, kind, key, cancelLink, List.of(), extra);
    }

    private boolean tell(
            Registration registration,
            Debate debate,
            ZoneId zone,
            NotificationKind kind,
            String key,
            boolean cancelLink,
            List<MailAttachment> files,
            Object... extra) {
        String link = "/debats/" + debate.id();
        Long accountId = registration.accountId();
        if (accountId != null) {
            Account account = accounts.findById(accountId).orElse(null);
            if (account == null || !account.isActive()) {
                return false;
            }
            notifications.notify(
                    accountId,
                    kind,
                    key + ".title",
                    key + ".body",
                    arguments(debate, zone, Locale.forLanguageTag(account.locale()), extra),
                    link,
                    files);
            return true;
        }
        String email = registration.email();
        if (email == null) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(registration.locale());
        Object[] arguments = arguments(debate, zone, locale, extra).toArray();
        StringBuilder text = new StringBuilder(messages.getTranslation(key + ".body", locale, arguments))
                .append("\n\n")
                .append(publicUrl.of(link));
        if (cancelLink && registration.status() != RegistrationStatus.CANCELLED) {
            String token = tokens.issue(registration.storedId(), RegistrationTokens.Purpose.CANCEL, debate.endsAt());
            text.append("\n\n")
                    .append(messages.getTranslation("debate.mail.cancelLink", locale))
                    .append('\n')
                    .append(publicUrl.of("/debat-inscription/annuler?jeton=" + token));
        }
        outbox.recordMail(new OutgoingMail(
                email, messages.getTranslation(key + ".title", locale, arguments), text.toString(), files));
        return true;
    }

    /** Notifies a person with an account, the debate's day written in their language. */
    boolean tellAccount(
            long accountId, Debate debate, ZoneId zone, NotificationKind kind, String key, Object... extra) {
        Account account = accounts.findById(accountId).orElse(null);
        if (account == null || !account.isActive()) {
            return false;
        }
        notifications.notify(
                accountId,
                kind,
                key + ".title",
                key + ".body",
                arguments(debate, zone, Locale.forLanguageTag(account.locale()), extra),
                "/debats/" + debate.id());
        return true;
    }

    /** The e-mail that asks someone registered without an account to confirm their address. */
    public void askConfirmation(Registration registration, Debate debate, ZoneId zone, Instant expiresAt) {
        Locale locale = Locale.forLanguageTag(registration.locale());
        String email = registration.email();
        if (email == null) {
            // Only a registration made with an e-mail address and no account is asked to confirm it
            throw new IllegalStateException("a registration without an e-mail address has nothing to confirm");
        }
        String token = tokens.issue(registration.storedId(), RegistrationTokens.Purpose.CONFIRM, expiresAt);
        Object[] arguments = arguments(debate, zone, locale, new Object[] {registration.name()})
                .toArray();
        outbox.recordMail(new OutgoingMail(
                email,
                messages.getTranslation("debate.mail.confirm.title", locale, arguments),
                messages.getTranslation("debate.mail.confirm.body", locale, arguments) + "\n\n"
                        + publicUrl.of("/debat-inscription/confirmer?jeton=" + token)));
    }

    private static List<Object> arguments(Debate debate, ZoneId zone, Locale locale, Object[] extra) {
        List<Object> arguments = new java.util.ArrayList<>(
                List.of(debate.title(), DebateDates.when(debate.startsAt(), debate.endsAt(), zone, locale)));
        arguments.addAll(java.util.Arrays.asList(extra));
        return arguments;
    }
}
