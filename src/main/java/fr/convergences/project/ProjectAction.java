package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An action of the projet: who carries it (an organisation), when, with what budget, and where it stands. */
@MappedEntity("project_action")
public record ProjectAction(
        @Id @GeneratedValue @Nullable Long id,
        Long axisId,
        String title,
        String description,
        Long ownerOrganisationId,
        LocalDate startsOn,
        LocalDate dueOn,
        @Nullable Long budgetEuros,
        ActionStatus status,
        @Nullable String abandonReason,
        Long createdBy,
        Instant createdAt,
        @Version @Nullable Long version) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 20000;
    public static final int REASON_MAX_LENGTH = 2000;

    public ProjectAction withStatus(ActionStatus newStatus, @Nullable String reason) {
        return new ProjectAction(
                id,
                axisId,
                title,
                description,
                ownerOrganisationId,
                startsOn,
                dueOn,
                budgetEuros,
                newStatus,
                reason,
                createdBy,
                createdAt,
                version);
    }
}
