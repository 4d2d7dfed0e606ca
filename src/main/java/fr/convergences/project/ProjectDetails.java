package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What the projet's page shows, read in one transaction; no project (or none visible yet) leaves project null. */
public record ProjectDetails(
        long councilId,
        String councilName,
        String councilSlug,
        @Nullable HealthProject project,
        @Nullable ProjectVersion version,
        List<AxisWithActions> axes,
        boolean canManage) {

    public record AxisWithActions(Axis axis, List<ProjectAction> actions) {}
}
