package fr.convergences.motion.model;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A sitting (séance) of the council, convened with its agenda; the convocation goes to members
 * {@code noticeDays} before it starts (at once when that moment has already passed).
 */
@MappedEntity("sitting")
public record Sitting(
        @Id @GeneratedValue @Nullable Long id,
        Long councilId,
        String title,
        SittingMode mode,
        @Nullable String place,
        @Nullable String onlineUrl,
        Instant startsAt,
        int noticeDays,
        Status status,
        Long convenedBy,
        Instant convenedAt,
        @Nullable Instant convocationSentAt,
        @Version @Nullable Long version) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int PLACE_MAX_LENGTH = 300;
    public static final int MAX_NOTICE_DAYS = 60;

    public enum Status {
        CONVENED,
        CLOSED,
        CANCELLED
    }

    /** The id of a sitting read from or saved to the database: only one not saved yet has none (a bug to ask). */
    public long storedId() {
        return StoredId.of(id);
    }

    public Instant convocationDue() {
        return startsAt.minus(java.time.Duration.ofDays(noticeDays));
    }

    public Sitting withStatus(Status newStatus) {
        return new Sitting(
                id,
                councilId,
                title,
                mode,
                place,
                onlineUrl,
                startsAt,
                noticeDays,
                newStatus,
                convenedBy,
                convenedAt,
                convocationSentAt,
                version);
    }

    /**
     * The sitting as shown to someone who may not join it: without its video link, which lets whoever has it into the
     * meeting (members only; a public broadcast, when there is one, is announced elsewhere).
     */
    public Sitting withoutOnlineUrl() {
        return new Sitting(
                id,
                councilId,
                title,
                mode,
                place,
                null,
                startsAt,
                noticeDays,
                status,
                convenedBy,
                convenedAt,
                convocationSentAt,
                version);
    }

    /** The sitting as the secretariat edits it before it starts; the convocation, once sent, stays sent. */
    public Sitting withDetails(
            String newTitle,
            SittingMode newMode,
            @Nullable String newPlace,
            @Nullable String newOnlineUrl,
            Instant newStartsAt,
            int newNoticeDays) {
        return new Sitting(
                id,
                councilId,
                newTitle,
                newMode,
                newPlace,
                newOnlineUrl,
                newStartsAt,
                newNoticeDays,
                status,
                convenedBy,
                convenedAt,
                convocationSentAt,
                version);
    }

    public Sitting convocationSent(Instant at) {
        return new Sitting(
                id,
                councilId,
                title,
                mode,
                place,
                onlineUrl,
                startsAt,
                noticeDays,
                status,
                convenedBy,
                convenedAt,
                at,
                version);
    }
}
