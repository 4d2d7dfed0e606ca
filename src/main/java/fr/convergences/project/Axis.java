package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An axis (priority) of the projet, holding actions; its position orders the projet's page. */
@MappedEntity("project_axis")
public record Axis(
        @Id @GeneratedValue @Nullable Long id, Long projectId, int position, String title, String description) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 5000;
}
