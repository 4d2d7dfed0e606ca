package fr.convergences.convergence;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A convergence of a consultation as kept and curated: its label (the engine's, or a moderator's), key terms, status,
 * cohesion and the diversity of its sources. Members and the ids of a dismissed one's former members are kept apart
 * (convergence_member, dismissed_members), read and written by {@link ConvergenceStore}.
 */
@MappedEntity("convergence")
public record StoredConvergence(
        @Id @GeneratedValue @Nullable Long id,
        Long consultationId,
        String engineKey,
        String label,
        boolean labelEdited,
        String terms,
        ConvergenceStatus status,
        double score,
        int sources,
        int organisations,
        int colleges,
        int communes,
        Instant computedAt,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        @Version @Nullable Long version) {

    public static final int LABEL_MAX_LENGTH = 160;

    /**
     * The id of a convergence read from or saved to the database; only one built for {@link
     * StoredConvergenceRepository#save} has none, and nothing asks it for one.
     */
    public long storedId() {
        return StoredId.of(id);
    }

    public StoredConvergence withLabel(String newLabel) {
        return new StoredConvergence(
                id,
                consultationId,
                engineKey,
                newLabel,
                true,
                terms,
                status,
                score,
                sources,
                organisations,
                colleges,
                communes,
                computedAt,
                decidedBy,
                decidedAt,
                version);
    }

    public StoredConvergence decided(ConvergenceStatus newStatus, long by, Instant at) {
        return new StoredConvergence(
                id,
                consultationId,
                engineKey,
                label,
                labelEdited,
                terms,
                newStatus,
                score,
                sources,
                organisations,
                colleges,
                communes,
                computedAt,
                by,
                at,
                version);
    }
}
