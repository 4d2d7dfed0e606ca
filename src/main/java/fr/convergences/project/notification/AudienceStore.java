package fr.convergences.project.notification;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads, for the follow-up audiences, what answers what and who is behind a contribution. These are other features'
 * link tables (motion, convergence, contribution): read here in a few set-based statements, from the background job
 * only, because going through each owner's service would take one call per contribution for audiences of thousands.
 * A port per owning feature is the cleaner home once those features offer set-based reads.
 */
@Singleton
class AudienceStore {

    record Answered(Set<Long> contributions, Set<Long> convergences, Set<Long> motions) {
    }

    record DecidedMotion(long id, String title, String status) {
    }

    private final Sql sql;

    AudienceStore(Sql sql) {
        this.sql = sql;
    }

    /** What a motion answers: its contributions, its convergences and their members. */
    Answered answeredByMotion(long motionId) {
        return answered(Set.of(motionId), Set.of(), Set.of());
    }

    /** What an action answers: its linked contributions, convergences and motions, and what those motions answer. */
    Answered answeredByAction(long actionId) {
        Set<Long> motions = new TreeSet<>();
        Set<Long> convergences = new TreeSet<>();
        Set<Long> contributions = new TreeSet<>();
        sql.list("SELECT kind, target_id FROM project_action_link WHERE action_id = ?", row -> {
            switch (row.getString(1)) {
                case "MOTION" -> motions.add(row.getLong(2));
                case "CONVERGENCE" -> convergences.add(row.getLong(2));
                default -> contributions.add(row.getLong(2));
            }
            return null;
        }, actionId);
        return answered(motions, convergences, contributions);
    }

    private Answered answered(Set<Long> motions, Set<Long> convergences, Set<Long> contributions) {
        Set<Long> allConvergences = new TreeSet<>(convergences);
        allConvergences.addAll(ids("SELECT convergence_id FROM motion_convergence WHERE motion_id = ANY (?)", motions));
        Set<Long> allContributions = new TreeSet<>(contributions);
        allContributions.addAll(ids("SELECT contribution_id FROM motion_contribution WHERE motion_id = ANY (?)", motions));
        allContributions.addAll(ids("SELECT contribution_id FROM convergence_member WHERE convergence_id = ANY (?)", allConvergences));
        return new Answered(allContributions, allConvergences, Set.copyOf(motions));
    }

    /** The people behind these contributions: their authors and the people who supported them. */
    List<Long> peopleBehind(Collection<Long> contributionIds) {
        return ids("""
                SELECT author_account_id FROM contribution WHERE id = ANY (?) AND author_account_id IS NOT NULL
                UNION SELECT account_id FROM contribution_support WHERE contribution_id = ANY (?)""", contributionIds, contributionIds);
    }

    Optional<String> motionTitle(long motionId) {
        return sql.one("SELECT title FROM motion WHERE id = ?", row -> row.getString(1), motionId);
    }

    /** Every decided motion (adopted or rejected); the sweep skips those already told. */
    List<DecidedMotion> decidedMotions() {
        return sql.list("SELECT id, title, status FROM motion WHERE status IN ('ADOPTED', 'REJECTED') ORDER BY id",
                row -> new DecidedMotion(row.getLong(1), row.getString(2), row.getString(3)));
    }

    @SafeVarargs
    private List<Long> ids(String query, Collection<Long>... arrays) {
        if (arrays[0].isEmpty()) {
            return List.of();
        }
        return sql.jdbc().prepareStatement(query, statement -> {
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("bigint", arrays[i].toArray()));
            }
            List<Long> ids = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }
}
