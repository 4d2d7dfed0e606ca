package fr.convergences.project.notification;

import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.notification.NotificationAudience;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.OutgoingNotification;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds a council's admins (its secretariat) when the agency's reply to an adopted avis is late: the expected date
 * has passed in the territory's time zone and no reply is in the register. Once per avis and expected date: the
 * outbox's event key makes the hourly run on every node record it once, and moving the expected date reminds again
 * when the new one passes.
 */
@Singleton
public class LateReplyReminders implements NotificationAudience {

    private static final Logger LOG = LoggerFactory.getLogger(LateReplyReminders.class);
    static final String AUDIENCE = "council-admins";

    private final AudienceStore store;
    private final NotificationOutbox outbox;
    private final CouncilRoleRepository roles;
    private final Clock clock;

    LateReplyReminders(AudienceStore store, NotificationOutbox outbox, CouncilRoleRepository roles, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.roles = roles;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void everyHour() {
        try {
            int recorded = remind();
            if (recorded > 0) {
                LOG.info("ARS follow-up: {} late replies to remind", recorded);
            }
        } catch (RuntimeException e) {
            LOG.warn("Late ARS reply reminders failed, retrying at the next run: {}", e.getMessage(), e);
        }
    }

    /** Records a reminder for each late reply not yet reminded; returns how many were new. */
    @Transactional
    public int remind() {
        int added = 0;
        for (AudienceStore.LateReply late :
                store.lateReplies(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            if (outbox.record(new OutgoingNotification(
                    "ars-late:" + late.motionId() + ":" + late.dueOn(),
                    AUDIENCE,
                    late.councilId(),
                    NotificationKind.ARS_REMINDER,
                    "followUp.arsLate.title",
                    "followUp.arsLate.body",
                    List.of(
                            late.title(),
                            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                    .format(late.dueOn())),
                    "/motions/" + late.motionId()))) {
                added++;
            }
        }
        return added;
    }

    @Override
    public String name() {
        return AUDIENCE;
    }

    @Override
    public Collection<Long> accounts(long councilId) {
        return roles.findByCouncilIdAndRole(councilId, CouncilRole.COUNCIL_ADMIN).stream()
                .map(CouncilRoleGrant::accountId)
                .toList();
    }
}
