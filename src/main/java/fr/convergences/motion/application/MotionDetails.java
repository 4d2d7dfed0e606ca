package fr.convergences.motion.application;

import fr.convergences.motion.model.Attachment;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionOption;
import fr.convergences.motion.model.VotingSession;
import java.time.ZoneId;
import java.util.List;

/** Everything a motion's page shows, read in one transaction. */
public record MotionDetails(
        Motion motion,
        String councilName,
        String councilSlug,
        ZoneId zone,
        List<MotionOption> options,
        List<Attachment> attachments,
        List<Link> contributions,
        List<Link> convergences,
        List<Interest> interests,
        List<VotingSession> sessions,
        boolean canDraft,
        boolean canRun,
        boolean canFollowUp,
        boolean canDeclareInterest,
        @io.micronaut.core.annotation.Nullable String cancelReason,
        @io.micronaut.core.annotation.Nullable String tabledBy,
        @io.micronaut.core.annotation.Nullable Link amends,
        boolean canTable) {

    public record Link(long id, String title, String path) {}

    public record Interest(String personName, String statement, java.time.Instant declaredAt) {}
}
