package fr.convergences.project;

import java.time.ZoneId;
import java.util.List;

/** An action's page: the action, its axis and council, who carries it, where, its progress log, links and indicators. */
public record ActionPage(
        ProjectAction action,
        Axis axis,
        long councilId,
        String councilName,
        String councilSlug,
        ZoneId zone,
        String ownerName,
        List<String> partnerNames,
        List<String> communeNames,
        List<ProgressEntry> progress,
        List<Link> links,
        List<Indicator> indicators,
        boolean canManage) {

    /** A link to what the action answers, with the page that shows it. */
    public record Link(LinkKind kind, long targetId, String title, String path) {
    }
}
