package fr.convergences.contribution;

import java.util.List;
import java.util.Map;

/** A contribution as its page shows it: supports, comments by thread, counts per stance, author names. */
public record Discussion(Contribution contribution, String authorName, long supports, boolean supportedByViewer,
                         List<Thread> threads, Map<Stance, Long> stanceCounts) {

    public record Thread(Comment comment, String authorName, List<Reply> replies) {
    }

    public record Reply(Comment comment, String authorName) {
    }
}
