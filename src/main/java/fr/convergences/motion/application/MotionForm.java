package fr.convergences.motion.application;

import fr.convergences.motion.model.MotionKind;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a council admin types in a motion's form: text, options (arbitrations), attachments, and what the motion answers. */
public record MotionForm(
        @Nullable Long consultationId,
        MotionKind kind,
        String title,
        String body,
        String reasons,
        List<String> options,
        List<AttachmentLink> attachments,
        Set<Long> contributionIds,
        Set<Long> convergenceIds) {

    public record AttachmentLink(@Nullable String label, String url) {}
}
