package fr.convergences.identity;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A person's account. A deleted account keeps its id (contributions point to it) and nothing else. */
@MappedEntity("account")
public record Account(
        @Id @GeneratedValue Long id,
        String email,
        String displayName,
        String passwordHash,
        AccountStatus status,
        String locale,
        String communeInsee,
        String realName,
        boolean platformAdmin,
        Instant emailConfirmedAt,
        Instant createdAt,
        Instant deletedAt,
        @Version Long version) {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int DISPLAY_NAME_MAX_LENGTH = 80;
    public static final int REAL_NAME_MAX_LENGTH = 160;

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
