package fr.convergences.debate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A registration to a debate. The account, name, e-mail and phone are personal data, erased (set to null) some
 * time after the debate; the row itself stays for the figures.
 */
@MappedEntity("debate_registration")
public record Registration(
        @Id @GeneratedValue @Nullable Long id,
        Long debateId,
        @Nullable Long accountId,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone,
        String locale,
        RegistrationStatus status,
        @Nullable Long registeredBy,
        Instant createdAt,
        @Nullable Instant queuedAt,
        @Nullable Instant confirmedAt,
        @Nullable Instant cancelledAt,
        @Nullable Instant reminderSentAt) {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int PHONE_MAX_LENGTH = 40;

    /** The id of a registration read from or saved to the database (see {@link Debate#storedId()}). */
    public long storedId() {
        if (id == null) {
            throw new IllegalStateException("an unsaved registration has no id yet");
        }
        return id;
    }

    public Registration withStatus(RegistrationStatus newStatus, Instant now) {
        return new Registration(
                id,
                debateId,
                accountId,
                name,
                email,
                phone,
                locale,
                newStatus,
                registeredBy,
                createdAt,
                queuedAt == null
                                && (newStatus == RegistrationStatus.CONFIRMED
                                        || newStatus == RegistrationStatus.WAITING)
                        ? now
                        : queuedAt,
                newStatus == RegistrationStatus.CONFIRMED ? now : confirmedAt,
                newStatus == RegistrationStatus.CANCELLED ? now : cancelledAt,
                reminderSentAt);
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    /** Whether the person can be told anything: through their account, or by e-mail. */
    boolean reachable() {
        return accountId != null || email != null;
    }
}
