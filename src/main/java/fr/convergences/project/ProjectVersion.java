package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/** A version of the projet's text: a draft, then adopted by a délibération (its motion), then published. */
@MappedEntity("health_project_version")
public record ProjectVersion(
        @Id @GeneratedValue @Nullable Long id,
        Long projectId,
        int number,
        String summary,
        VersionStatus status,
        @Nullable Long adoptedByMotionId,
        @Nullable Instant adoptedAt,
        @Nullable Instant publishedAt,
        Instant createdAt,
        @Version @Nullable Long version) {

    public static final int SUMMARY_MAX_LENGTH = 20000;

    /** A new draft, not yet saved: neither adopted nor published. */
    public static ProjectVersion draft(long projectId, int number, String summary, Instant createdAt) {
        return new ProjectVersion(
                null, projectId, number, summary, VersionStatus.DRAFT, null, null, null, createdAt, null);
    }

    public ProjectVersion adopted(long motionId, Instant at) {
        return new ProjectVersion(
                id, projectId, number, summary, VersionStatus.ADOPTED, motionId, at, null, createdAt, version);
    }

    public ProjectVersion published(Instant at) {
        return new ProjectVersion(
                id,
                projectId,
                number,
                summary,
                VersionStatus.PUBLISHED,
                adoptedByMotionId,
                adoptedAt,
                at,
                createdAt,
                version);
    }
}
