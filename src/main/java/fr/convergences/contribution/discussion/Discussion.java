package fr.convergences.contribution.discussion;

import fr.convergences.contribution.Comment;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.Stance;
import fr.convergences.contribution.moderation.RedactionNotice;
import java.util.List;
import java.util.Map;

/**
 * A contribution as its page shows it: supports, comments by thread, counts per stance, author names, and for the
 * comments what the moderation did (hidden comments carry no text unless the viewer moderates or wrote them;
 * notices of redacted passages by comment id).
 */
public record Discussion(
        Contribution contribution,
        String authorName,
        long supports,
        boolean supportedByViewer,
        List<Thread> threads,
        Map<Stance, Long> stanceCounts,
        boolean viewerModerates,
        Map<Long, List<RedactionNotice>> commentRedactions) {

    public record Thread(Comment comment, String authorName, List<Reply> replies) {}

    public record Reply(Comment comment, String authorName) {}

    public List<RedactionNotice> redactionsOf(Comment comment) {
        return commentRedactions.getOrDefault(comment.id(), List.of());
    }
}
