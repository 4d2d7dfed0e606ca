package fr.convergences.contribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A contribution: a draft of its author, then published, and possibly withdrawn (it stays visible as
 * withdrawn). The author may be a deleted account (shown as such), or nobody (imported, collected on
 * paper), so the id is nullable. Support and comment counts are kept by the database, not here.
 */
@MappedEntity("contribution")
public record Contribution(
        @Id @GeneratedValue @Nullable Long id,
        Long consultationId,
        @Nullable Long authorAccountId,
        ContributionKind kind,
        String title,
        String body,
        @Nullable String communeInsee,
        ContributionStatus status,
        Instant createdAt,
        @Nullable Instant publishedAt,
        @Nullable Instant editedAt,
        @Nullable Instant withdrawnAt,
        ContributionOrigin origin,
        @Nullable Long organisationId,
        boolean hidden,
        @Nullable String hiddenReason,
        @Version @Nullable Long version) {

    public static final int TITLE_MAX_LENGTH = 150;
    public static final int BODY_MAX_LENGTH = 3000;

    /** A new contribution, not saved yet: a draft, or published at once. */
    public static Contribution create(
            long consultationId,
            @Nullable Long authorAccountId,
            ContributionOrigin origin,
            @Nullable Long organisationId,
            ContributionText text,
            boolean publish,
            Instant now) {
        return new Contribution(
                null,
                consultationId,
                authorAccountId,
                text.kind(),
                text.title(),
                text.body(),
                text.communeInsee(),
                publish ? ContributionStatus.PUBLISHED : ContributionStatus.DRAFT,
                now,
                publish ? now : null,
                null,
                null,
                origin,
                organisationId,
                false,
                null,
                null);
    }

    /**
     * The id of a contribution read from or saved to the database. Only a contribution built by {@link #create} and
     * not yet saved has none, and nothing asks it for one: if something does, it is a bug, named here rather than as
     * an unboxing.
     */
    public long storedId() {
        if (id == null) {
            throw new IllegalStateException("an unsaved contribution has no id yet");
        }
        return id;
    }

    /**
     * When a contribution past its draft was published: the table guarantees a date to every contribution that is not a
     * draft ({@code contribution_published_has_date}), so asking a draft is a bug.
     */
    public Instant publishedOn() {
        if (publishedAt == null) {
            throw new IllegalStateException("a draft has no publication date");
        }
        return publishedAt;
    }

    public boolean isDraft() {
        return status == ContributionStatus.DRAFT;
    }

    public boolean isWithdrawn() {
        return status == ContributionStatus.WITHDRAWN;
    }

    public Contribution withText(ContributionText text, @Nullable Instant editedOn) {
        return new Contribution(
                id,
                consultationId,
                authorAccountId,
                text.kind(),
                text.title(),
                text.body(),
                text.communeInsee(),
                status,
                createdAt,
                publishedAt,
                editedOn,
                withdrawnAt,
                origin,
                organisationId,
                hidden,
                hiddenReason,
                version);
    }

    public Contribution published(Instant now) {
        return new Contribution(
                id,
                consultationId,
                authorAccountId,
                kind,
                title,
                body,
                communeInsee,
                ContributionStatus.PUBLISHED,
                createdAt,
                now,
                editedAt,
                withdrawnAt,
                origin,
                organisationId,
                hidden,
                hiddenReason,
                version);
    }

    public Contribution withdrawn(Instant now) {
        return new Contribution(
                id,
                consultationId,
                authorAccountId,
                kind,
                title,
                body,
                communeInsee,
                ContributionStatus.WITHDRAWN,
                createdAt,
                publishedAt,
                editedAt,
                now,
                origin,
                organisationId,
                hidden,
                hiddenReason,
                version);
    }

    public Contribution withModeration(boolean isHidden, @Nullable String reason) {
        return new Contribution(
                id,
                consultationId,
                authorAccountId,
                kind,
                title,
                body,
                communeInsee,
                status,
                createdAt,
                publishedAt,
                editedAt,
                withdrawnAt,
                origin,
                organisationId,
                isHidden,
                reason,
                version);
    }

    /** The text with a passage replaced, for moderators who redact personal health data. */
    public Contribution withBody(String redactedBody) {
        return new Contribution(
                id,
                consultationId,
                authorAccountId,
                kind,
                title,
                redactedBody,
                communeInsee,
                status,
                createdAt,
                publishedAt,
                editedAt,
                withdrawnAt,
                origin,
                organisationId,
                hidden,
                hiddenReason,
                version);
    }
}
