package fr.convergences.motion.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One reply of the agency to an avis, in the register of its follow-up: replies accumulate and are never changed (the
 * table refuses updates). A reply recorded before the register has no kind and no recorder.
 */
@MappedEntity("motion_ars_reply")
public record ArsReply(
        @Id @GeneratedValue @Nullable Long id,
        Long motionId,
        LocalDate receivedOn,
        @Nullable ArsReplyKind kind,
        @Nullable String text,
        @Nullable Long recordedBy,
        Instant recordedAt) {

    public static final int TEXT_MAX_LENGTH = 5000;
}
