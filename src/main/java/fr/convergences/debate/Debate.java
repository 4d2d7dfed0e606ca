package fr.convergences.debate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A debate of a consultation. Its themes and agenda items are kept beside it; status changes, minutes and the
 * erasure of registrants are written by conditional updates of the repository, so that two moderators or a
 * moderator and the organiser never overwrite each other.
 */
@MappedEntity("debate")
public record Debate(
        @Id @GeneratedValue @Nullable Long id,
        Long consultationId,
        Long councilId,
        Long organiserAccountId,
        @Nullable Long organisationId,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        @Nullable String place,
        @Nullable String communeInsee,
        boolean stepFree,
        boolean hearingLoop,
        @Nullable String accessibilityNotes,
        @Nullable String onlineUrl,
        int capacity,
        Audience audience,
        @Nullable String audienceDetails,
        DebateStatus status,
        Instant createdAt,
        @Nullable Instant approvedAt,
        @Nullable Long approvedBy,
        @Nullable Instant cancelledAt,
        @Nullable String cancelReason,
        @Nullable String minutes,
        @Nullable Instant minutesAt,
        @Nullable Instant registrantsErasedAt,
        @Version @Nullable Long version) {

    public static final int TITLE_MAX_LENGTH = 150;
    public static final int DESCRIPTION_MAX_LENGTH = 5000;
    public static final int PLACE_MAX_LENGTH = 200;
    public static final int ACCESSIBILITY_MAX_LENGTH = 500;
    public static final int URL_MAX_LENGTH = 500;
    public static final int AUDIENCE_DETAILS_MAX_LENGTH = 300;
    public static final int REASON_MAX_LENGTH = 500;
    public static final int MINUTES_MAX_LENGTH = 20000;
    public static final int AGENDA_ITEM_MAX_LENGTH = 200;
    public static final int AGENDA_MAX_ITEMS = 20;
    public static final int CAPACITY_MAX = 100_000;

    static Debate create(
            long consultationId, long councilId, long organiser, ValidDebate valid, DebateStatus status, Instant now) {
        return new Debate(
                null,
                consultationId,
                councilId,
                organiser,
                valid.organisationId(),
                valid.title(),
                valid.description(),
                valid.startsAt(),
                valid.endsAt(),
                valid.place(),
                valid.communeInsee(),
                valid.stepFree(),
                valid.hearingLoop(),
                valid.accessibilityNotes(),
                valid.onlineUrl(),
                valid.capacity(),
                valid.audience(),
                valid.audienceDetails(),
                status,
                now,
                status == DebateStatus.PUBLISHED ? now : null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    Debate withDetails(ValidDebate valid) {
        return new Debate(
                id,
                consultationId,
                councilId,
                organiserAccountId,
                valid.organisationId(),
                valid.title(),
                valid.description(),
                valid.startsAt(),
                valid.endsAt(),
                valid.place(),
                valid.communeInsee(),
                valid.stepFree(),
                valid.hearingLoop(),
                valid.accessibilityNotes(),
                valid.onlineUrl(),
                valid.capacity(),
                valid.audience(),
                valid.audienceDetails(),
                status,
                createdAt,
                approvedAt,
                approvedBy,
                cancelledAt,
                cancelReason,
                minutes,
                minutesAt,
                registrantsErasedAt,
                version);
    }

    /**
     * The id of a debate read from or saved to the database. Only a debate built by {@link #create} and not yet saved
     * has none, and nothing asks it for one: if something does, it is a bug, named here rather than as an unboxing.
     */
    public long storedId() {
        if (id == null) {
            throw new IllegalStateException("an unsaved debate has no id yet");
        }
        return id;
    }

    /**
     * Where to go: the place, or the link of a debate held online only. The table's check
     * {@code debate_has_a_place_or_link} guarantees one of them.
     */
    public String placeOrLink() {
        if (place != null) {
            return place;
        }
        if (onlineUrl == null) {
            throw new IllegalStateException("debate_has_a_place_or_link: a debate has a place or a link");
        }
        return onlineUrl;
    }

    public boolean isPublished() {
        return status == DebateStatus.PUBLISHED;
    }

    public boolean isCancelled() {
        return status == DebateStatus.CANCELLED;
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean isOver(Instant now) {
        return !now.isBefore(endsAt);
    }

    /** Where it takes place, for the attribution of captured contributions: the debate's title, then its place. */
    public String placeLabel() {
        String label = place == null ? title : title + " — " + place;
        return label.length() <= fr.convergences.contribution.mediation.Mediation.PLACE_MAX_LENGTH
                ? label
                : label.substring(0, fr.convergences.contribution.mediation.Mediation.PLACE_MAX_LENGTH - 1) + "…";
    }
}
