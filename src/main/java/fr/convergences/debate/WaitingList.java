package fr.convergences.debate;

import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.Notifications;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Gives freed seats to the waiting list, longest-waiting first, and tells each person promoted; for someone the
 * organiser registered without any contact, the organiser is told instead, so that they can phone them. Called
 * with the debate locked (by the caller's transaction).
 */
@Singleton
// Called inside the caller's transaction (a registration, a cancellation, an edit of the debate): its reads and the
// notices it records belong to the caller's decision and roll back with it. Outside a transaction it refuses to run.
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
public class WaitingList {

    private final RegistrationRepository registrations;
    private final RegistrantMessages messages;
    private final Notifications notifications;

    WaitingList(RegistrationRepository registrations, RegistrantMessages messages, Notifications notifications) {
        this.registrations = registrations;
        this.messages = messages;
        this.notifications = notifications;
    }

    /** Returns the registrations promoted. */
    public List<Registration> fill(Debate debate, ZoneId zone, Instant now) {
        long confirmed = registrations.countByDebateIdAndStatus(debate.storedId(), RegistrationStatus.CONFIRMED);
        List<Registration> waiting = registrations.waitingList(debate.storedId());
        long seats = PlacePolicy.promotable(debate.capacity(), confirmed, waiting.size());
        List<Registration> promoted = waiting.stream()
                .limit(seats)
                .map(registration -> registrations.update(registration.withStatus(RegistrationStatus.CONFIRMED, now)))
                .toList();
        for (Registration registration : promoted) {
            boolean told = messages.tellSeat(registration, debate, zone, "debate.notice.promoted");
            if (!told) {
                notifications.notify(
                        debate.organiserAccountId(),
                        NotificationKind.DEBATE_REGISTRATION,
                        "debate.notice.promotedOffline.title",
                        "debate.notice.promotedOffline.body",
                        List.of(
                                debate.title(),
                                registration.name() == null ? "—" : registration.name(),
                                registration.phone() == null ? "—" : registration.phone()),
                        "/debats/" + debate.id() + "/inscriptions");
            }
        }
        return promoted;
    }
}
