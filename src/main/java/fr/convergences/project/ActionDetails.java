package fr.convergences.project;

import java.time.ZoneId;
import java.util.List;

/**
 * An action's page: the action, its axis and council, who carries it, where, its progress log, links and indicators;
 * whether the reader manages the projet (council admin), and whether they follow the action up (the council admin, or
 * an administrator of its owner organisation: progress, start and completion).
 */
public record ActionDetails(
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
        List<ProgressAttachment> attachments,
        List<Link> links,
        List<Indicator> indicators,
        boolean canManage,
        boolean canFollowUp) {

    /** A link to what the action answers, with the page that shows it. */
    public record Link(LinkKind kind, long targetId, String title, String path) {}
}
