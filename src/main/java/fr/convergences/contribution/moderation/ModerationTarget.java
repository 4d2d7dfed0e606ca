package fr.convergences.contribution.moderation;

import fr.convergences.contribution.Comment;
import fr.convergences.contribution.CommentRepository;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionRepository;
import org.jspecify.annotations.Nullable;

/** What a moderation decision acts on: a contribution, or one of its comments. */
sealed interface ModerationTarget {

    /** Null when nobody wrote it online (imported, collected) or the author's account is gone. */
    @Nullable
    Long authorAccountId();

    boolean hidden();

    /** How the content is named on the page of its author: a contribution's title, or the start of a comment. */
    String subject();

    /** The contribution's title (a comment's too): notifications name it, never a comment's text. */
    String contributionTitle();

    /** Shows the content again after an appeal reversed its hiding. */
    void show();

    static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    record OfContribution(Contribution contribution, ContributionRepository contributions) implements ModerationTarget {
        public @Nullable Long authorAccountId() {
            return contribution.authorAccountId();
        }

        public boolean hidden() {
            return contribution.hidden();
        }

        public String subject() {
            return contribution.title();
        }

        public String contributionTitle() {
            return contribution.title();
        }

        public void show() {
            contributions.update(contribution.withModeration(false, null));
        }
    }

    record OfComment(Comment comment, Contribution contribution, CommentRepository comments)
            implements ModerationTarget {
        public @Nullable Long authorAccountId() {
            return comment.authorAccountId();
        }

        public boolean hidden() {
            return comment.hidden();
        }

        public String subject() {
            return excerpt(comment.body());
        }

        public String contributionTitle() {
            return contribution.title();
        }

        public void show() {
            comments.update(comment.withModeration(false, null));
        }
    }
}
