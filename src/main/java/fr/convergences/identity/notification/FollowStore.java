package fr.convergences.identity.notification;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The follow table's one persistence home. */
@Singleton
class FollowStore {

    private final Sql sql;

    FollowStore(Sql sql) {
        this.sql = sql;
    }

    void follow(long accountId, FollowedKind kind, long subjectId, Instant now) {
        sql.update(
                "INSERT INTO follow (account_id, subject_kind, subject_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                accountId,
                kind,
                subjectId,
                now);
    }

    void unfollow(long accountId, FollowedKind kind, long subjectId) {
        sql.update(
                "DELETE FROM follow WHERE account_id = ? AND subject_kind = ? AND subject_id = ?",
                accountId,
                kind,
                subjectId);
    }

    boolean follows(long accountId, FollowedKind kind, long subjectId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM follow WHERE account_id = ? AND subject_kind = ? AND subject_id = ?)",
                accountId,
                kind,
                subjectId);
    }

    List<Long> followers(FollowedKind kind, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return sql.jdbc()
                .prepareStatement(
                        "SELECT DISTINCT account_id FROM follow WHERE subject_kind = ? AND subject_id = ANY (?)",
                        statement -> {
                            statement.setString(1, kind.name());
                            statement.setArray(
                                    2, statement.getConnection().createArrayOf("bigint", subjectIds.toArray()));
                            List<Long> ids = new java.util.ArrayList<>();
                            try (var rows = statement.executeQuery()) {
                                while (rows.next()) {
                                    ids.add(rows.getLong(1));
                                }
                            }
                            return ids;
                        });
    }

    List<Object[]> followed(long accountId) {
        return sql.list(
                "SELECT subject_kind, subject_id, created_at FROM follow WHERE account_id = ? ORDER BY created_at",
                row -> new Object[] {
                    row.getString(1),
                    row.getLong(2),
                    row.getTimestamp(3).toInstant().toString()
                },
                accountId);
    }

    void forget(long accountId) {
        sql.update("DELETE FROM follow WHERE account_id = ?", accountId);
    }
}
