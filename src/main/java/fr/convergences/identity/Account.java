package fr.convergences.identity;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** A person's account. A deleted account keeps its id (contributions point to it) and nothing else. */
@MappedEntity("account")
public record Account(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String email,
        @Nullable String displayName,
        @Nullable String passwordHash,
        AccountStatus status,
        String locale,
        @Nullable String communeInsee,
        @Nullable String realName,
        boolean platformAdmin,
        @Nullable Instant emailConfirmedAt,
        Instant createdAt,
        @Nullable Instant deletedAt,
        @Version @Nullable Long version) {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int DISPLAY_NAME_MAX_LENGTH = 80;
    public static final int REAL_NAME_MAX_LENGTH = 160;

    /**
     * The id of an account read from or saved to the database; only an account built for sign-up and not yet saved
     * has none, and nothing asks it for one.
     */
    public long storedId() {
        return StoredId.of(id);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
