package fr.convergences.project.diagnostic;

import fr.convergences.project.VersionStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A version of the diagnostic: a draft the editor writes, adopted by a délibération (its motion), then published with
 * its number and date. Its content (sections, needs, figures, priority communes) belongs to it alone.
 */
@MappedEntity("diagnostic_version")
public record DiagnosticVersion(
        @Id @GeneratedValue @Nullable Long id,
        Long diagnosticId,
        int number,
        String introduction,
        @Nullable Integer synthesisNumber,
        VersionStatus status,
        @Nullable Long adoptedByMotionId,
        @Nullable Instant adoptedAt,
        @Nullable Instant publishedAt,
        Instant createdAt,
        @Version @Nullable Long version) {

    public static final int INTRODUCTION_MAX_LENGTH = 20000;

    /** A new draft, not yet saved: neither adopted nor published. */
    public static DiagnosticVersion draft(
            long diagnosticId, int number, String introduction, @Nullable Integer synthesisNumber, Instant createdAt) {
        return new DiagnosticVersion(
                null,
                diagnosticId,
                number,
                introduction,
                synthesisNumber,
                VersionStatus.DRAFT,
                null,
                null,
                null,
                createdAt,
                null);
    }

    /**
     * The id of a version read from or saved to the database. Only a draft built by {@link #draft} and not yet saved
     * has none, and nothing asks it for one: if something does, it is a bug, named here rather than as an unboxing.
     */
    public long storedId() {
        if (id == null) {
            throw new IllegalStateException("an unsaved diagnostic version has no id yet");
        }
        return id;
    }

    public DiagnosticVersion withIntroduction(String text) {
        return new DiagnosticVersion(
                id,
                diagnosticId,
                number,
                text,
                synthesisNumber,
                status,
                adoptedByMotionId,
                adoptedAt,
                publishedAt,
                createdAt,
                version);
    }

    public DiagnosticVersion builtFrom(int synthesis) {
        return new DiagnosticVersion(
                id,
                diagnosticId,
                number,
                introduction,
                synthesis,
                status,
                adoptedByMotionId,
                adoptedAt,
                publishedAt,
                createdAt,
                version);
    }

    public DiagnosticVersion adopted(long motionId, Instant at) {
        return new DiagnosticVersion(
                id,
                diagnosticId,
                number,
                introduction,
                synthesisNumber,
                VersionStatus.ADOPTED,
                motionId,
                at,
                null,
                createdAt,
                version);
    }

    public DiagnosticVersion published(Instant at) {
        return new DiagnosticVersion(
                id,
                diagnosticId,
                number,
                introduction,
                synthesisNumber,
                VersionStatus.PUBLISHED,
                adoptedByMotionId,
                adoptedAt,
                at,
                createdAt,
                version);
    }
}
