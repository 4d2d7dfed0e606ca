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

    record Answered(Set<Long> contributions, Set<Long> convergences, Set<Long> motions) {}

    record DecidedMotion(long id, String title, String status) {}

    /** A motion or an action as the trail shows it. */
    record PublicItem(
            long id,
            String title,
            String status,
            @io.micronaut.core.annotation.Nullable String councilSlug) {}

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
        for (Link link : sql.list(
                "SELECT kind, target_id FROM project_action_link WHERE action_id = ?",
                row -> new Link(row.getString(1), row.getLong(2)),
                actionId)) {
            switch (link.kind()) {
                case "MOTION" -> motions.add(link.targetId());
                case "CONVERGENCE" -> convergences.add(link.targetId());
                default -> contributions.add(link.targetId());
            }
        }
        return answered(motions, convergences, contributions);
    }

    /** What a diagnostic's needs name: their convergences and their members, and the quoted contributions. */
    Answered answeredByNeeds(Set<Long> convergences, Set<Long> contributions) {
        return answered(Set.of(), convergences, contributions);
    }

    private Answered answered(Set<Long> motions, Set<Long> convergences, Set<Long> contributions) {
        Set<Long> allConvergences = new TreeSet<>(convergences);
        allConvergences.addAll(ids("SELECT convergence_id FROM motion_convergence WHERE motion_id = ANY (?)", motions));
        Set<Long> allContributions = new TreeSet<>(contributions);
        allContributions.addAll(
                ids("SELECT contribution_id FROM motion_contribution WHERE motion_id = ANY (?)", motions));
        allContributions.addAll(
                ids("SELECT contribution_id FROM convergence_member WHERE convergence_id = ANY (?)", allConvergences));
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
        return sql.list(
                "SELECT id, title, status FROM motion WHERE status IN ('ADOPTED', 'REJECTED') ORDER BY id",
                row -> new DecidedMotion(row.getLong(1), row.getString(2), row.getString(3)));
    }

    /** The published or decided motions answering the contribution directly or through one of these convergences. */
    List<PublicItem> motionsAnswering(long contributionId, Collection<Long> convergenceIds) {
        return items("""
                SELECT m.id, m.title, m.status, NULL FROM motion m WHERE m.status <> 'DRAFT' AND (
                  m.id IN (SELECT motion_id FROM motion_contribution WHERE contribution_id = ?)
                  OR m.id IN (SELECT motion_id FROM motion_convergence WHERE convergence_id = ANY (?)))
                ORDER BY m.id""", contributionId, convergenceIds, null);
    }

    /** The actions of a published projet answering the contribution, one of these convergences or one of these motions. */
    List<PublicItem> publishedActionsAnswering(
            long contributionId, Collection<Long> convergenceIds, Collection<Long> motionIds) {
        return items("""
                SELECT a.id, a.title, a.status, c.slug FROM project_action a
                JOIN project_axis ax ON ax.id = a.axis_id JOIN health_project p ON p.id = ax.project_id JOIN council c ON c.id = p.council_id
                WHERE EXISTS (SELECT 1 FROM project_axis x JOIN health_project_version v ON v.project_id = x.project_id
                              WHERE x.id = a.axis_id AND v.status = 'PUBLISHED')
                  AND a.id IN (SELECT action_id FROM project_action_link
                               WHERE (kind = 'CONTRIBUTION' AND target_id = ?) OR (kind = 'CONVERGENCE' AND target_id = ANY (?))
                                  OR (kind = 'MOTION' AND target_id = ANY (?)))
                ORDER BY a.id""", contributionId, convergenceIds, motionIds);
    }

    private List<PublicItem> items(
            String query,
            long contributionId,
            Collection<Long> first,
            @io.micronaut.core.annotation.Nullable Collection<Long> second) {
        return sql.jdbc().prepareStatement(query, statement -> {
            statement.setLong(1, contributionId);
            statement.setArray(2, statement.getConnection().createArrayOf("bigint", first.toArray()));
            if (second != null) {
                statement.setArray(3, statement.getConnection().createArrayOf("bigint", second.toArray()));
            }
            List<PublicItem> items = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(new PublicItem(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            return items;
        });
    }

    /** The confirmed convergence the contribution belongs to, as the public sees it. */
    record ConfirmedConvergence(long id, String label, long consultationId) {}

    Optional<ConfirmedConvergence> confirmedConvergenceOf(long contributionId) {
        return sql.one(
                """
                SELECT cv.id, cv.label, cv.consultation_id FROM convergence_member m JOIN convergence cv ON cv.id = m.convergence_id
                WHERE m.contribution_id = ? AND cv.status = 'CONFIRMED'""", row -> new ConfirmedConvergence(row.getLong(1), row.getString(2), row.getLong(3)), contributionId);
    }

    /** An adopted avis whose expected reply date has passed, in its territory's time zone, with no reply recorded. */
    record LateReply(long motionId, long councilId, String title, java.time.LocalDate dueOn) {}

    List<LateReply> lateReplies(java.time.OffsetDateTime now) {
        return sql.list(
                """
                SELECT m.id, m.council_id, m.title, m.ars_reply_due_on FROM motion m
                JOIN council c ON c.id = m.council_id JOIN territory t ON t.id = c.territory_id
                WHERE m.kind = 'AVIS' AND m.status = 'ADOPTED' AND m.ars_reply_due_on < (? AT TIME ZONE t.time_zone)::date
                  AND NOT EXISTS (SELECT 1 FROM motion_ars_reply r WHERE r.motion_id = m.id)
                ORDER BY m.id""",
                row -> new LateReply(
                        row.getLong(1), row.getLong(2), row.getString(3), row.getObject(4, java.time.LocalDate.class)),
                now);
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

    /** One row of project_action_link: what an action answers (a motion, a convergence or a contribution). */
    private record Link(String kind, long targetId) {}
}
