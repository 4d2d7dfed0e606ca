package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Set;

/**
 * The persistence home of what a motion answers (tables {@code motion_contribution}, {@code motion_convergence}) and of
 * the clearing of its parts when a draft is rewritten; kept out of the services (issue 16: no SQL in services).
 */
@Singleton
public class MotionParts {

    /** The longest convergence title kept beside the link (the convergence may be renamed later; the motion keeps its words). */
    private static final int CONVERGENCE_TITLE_MAX_LENGTH = 300;

    private final Sql sql;

    public MotionParts(Sql sql) {
        this.sql = sql;
    }

    /** Removes the options, contributions and convergences of a draft about to be rewritten (attachments are their repository's). */
    public void clear(long motionId) {
        sql.update("DELETE FROM motion_option WHERE motion_id = ?", motionId);
        sql.update("DELETE FROM motion_contribution WHERE motion_id = ?", motionId);
        sql.update("DELETE FROM motion_convergence WHERE motion_id = ?", motionId);
    }

    public void linkContributions(long motionId, Collection<Long> contributionIds) {
        for (Long contribution : contributionIds) {
            sql.update(
                    "INSERT INTO motion_contribution (motion_id, contribution_id) VALUES (?, ?)",
                    motionId,
                    contribution);
        }
    }

    public void linkConvergence(long motionId, long convergenceId, String title) {
        sql.update(
                "INSERT INTO motion_convergence (motion_id, convergence_id, title) VALUES (?, ?, ?)",
                motionId,
                convergenceId,
                title.length() > CONVERGENCE_TITLE_MAX_LENGTH
                        ? title.substring(0, CONVERGENCE_TITLE_MAX_LENGTH)
                        : title);
    }

    public Set<Long> contributionIds(long motionId) {
        return Set.copyOf(sql.list(
                "SELECT contribution_id FROM motion_contribution WHERE motion_id = ?",
                row -> row.getLong(1),
                motionId));
    }

    public Set<Long> convergenceIds(long motionId) {
        return Set.copyOf(sql.list(
                "SELECT convergence_id FROM motion_convergence WHERE motion_id = ?", row -> row.getLong(1), motionId));
    }
}
