package fr.convergences.contribution;

import fr.convergences.base.PersonalDataDetector;
import fr.convergences.consultation.ThemeUsage;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plain-SQL side of contributions: themes, the counters kept by triggers, revisions, and texts as written. */
@Singleton
public class ContributionStore implements ThemeUsage {

    private final JdbcOperations jdbc;

    ContributionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceThemes(long contributionId, Set<Long> themeIds) {
        jdbc.prepareStatement("DELETE FROM contribution_theme WHERE contribution_id = ?", statement -> {
            statement.setLong(1, contributionId);
            return statement.executeUpdate();
        });
        for (long themeId : themeIds) {
            jdbc.prepareStatement(
                    "INSERT INTO contribution_theme (contribution_id, theme_id) VALUES (?, ?)", statement -> {
                        statement.setLong(1, contributionId);
                        statement.setLong(2, themeId);
                        return statement.executeUpdate();
                    });
        }
    }

    /** Answers consultation's question before a theme is removed: a used theme stays, so no contribution loses it. */
    @Override
    public boolean inUse(long themeId) {
        return jdbc.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM contribution_theme WHERE theme_id = ?)", statement -> {
                    statement.setLong(1, themeId);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getBoolean(1);
                    }
                });
    }

    List<Long> themeIds(long contributionId) {
        return jdbc.prepareStatement(
                "SELECT theme_id FROM contribution_theme WHERE contribution_id = ? ORDER BY theme_id", statement -> {
                    statement.setLong(1, contributionId);
                    List<Long> ids = new ArrayList<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                    return ids;
                });
    }

    /** Supports and comments, locking the row so that an edit and a first support cannot cross. */
    int[] countsForUpdate(long contributionId) {
        return jdbc.prepareStatement(
                "SELECT support_count, comment_count FROM contribution WHERE id = ? FOR UPDATE", statement -> {
                    statement.setLong(1, contributionId);
                    try (var rows = statement.executeQuery()) {
                        return rows.next() ? new int[] {rows.getInt(1), rows.getInt(2)} : new int[] {0, 0};
                    }
                });
    }

    int[] counts(long contributionId) {
        return jdbc.prepareStatement(
                "SELECT support_count, comment_count FROM contribution WHERE id = ?", statement -> {
                    statement.setLong(1, contributionId);
                    try (var rows = statement.executeQuery()) {
                        return rows.next() ? new int[] {rows.getInt(1), rows.getInt(2)} : new int[] {0, 0};
                    }
                });
    }

    void addRevision(Contribution replaced, Timestamp replacedAt) {
        jdbc.prepareStatement("""
                INSERT INTO contribution_revision (contribution_id, number, title, body, replaced_at)
                SELECT ?, coalesce(max(number), 0) + 1, ?, ?, ? FROM contribution_revision WHERE contribution_id = ?""", statement -> {
            statement.setLong(1, replaced.storedId());
            statement.setString(2, replaced.title());
            statement.setString(3, replaced.body());
            statement.setTimestamp(4, replacedAt);
            statement.setLong(5, replaced.storedId());
            return statement.executeUpdate();
        });
    }

    List<Revision> revisions(long contributionId) {
        return jdbc.prepareStatement("""
                SELECT number, title, body, replaced_at FROM contribution_revision WHERE contribution_id = ? ORDER BY number""", statement -> {
            statement.setLong(1, contributionId);
            List<Revision> revisions = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    revisions.add(new Revision(
                            rows.getInt(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                }
            }
            return revisions;
        });
    }

    void deleteDraft(long contributionId) {
        replaceThemes(contributionId, Set.of());
        jdbc.prepareStatement("DELETE FROM contribution WHERE id = ? AND status = 'DRAFT'", statement -> {
            statement.setLong(1, contributionId);
            return statement.executeUpdate();
        });
    }

    /** Keeps the text as written beside its masked copy, or forgets it when the new text holds no personal data. */
    public void keepOriginal(
            long contributionId, @io.micronaut.core.annotation.Nullable OriginalText original, Timestamp now) {
        jdbc.prepareStatement("DELETE FROM contribution_original_text WHERE contribution_id = ?", statement -> {
            statement.setLong(1, contributionId);
            return statement.executeUpdate();
        });
        if (original == null) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO contribution_original_text (contribution_id, title, body, kinds, recorded_at) VALUES (?, ?, ?, ?, ?)""", statement -> {
            statement.setLong(1, contributionId);
            statement.setString(2, original.title());
            statement.setString(3, original.body());
            statement.setString(4, kindsColumn(original.kinds()));
            statement.setTimestamp(5, now);
            return statement.executeUpdate();
        });
    }

    static String kindsColumn(Set<PersonalDataDetector.Kind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
    }

    /** The text as written, if personal data was masked in it and the retention has not erased it yet. */
    public Optional<OriginalText> original(long contributionId) {
        return jdbc.prepareStatement(
                "SELECT title, body, kinds FROM contribution_original_text WHERE contribution_id = ?", statement -> {
                    statement.setLong(1, contributionId);
                    try (var rows = statement.executeQuery()) {
                        if (!rows.next()) {
                            return Optional.<OriginalText>empty();
                        }
                        Set<PersonalDataDetector.Kind> kinds = EnumSet.noneOf(PersonalDataDetector.Kind.class);
                        for (String kind : rows.getString(3).split(",")) {
                            kinds.add(PersonalDataDetector.Kind.valueOf(kind));
                        }
                        return Optional.of(new OriginalText(rows.getString(1), rows.getString(2), Set.copyOf(kinds)));
                    }
                });
    }

    /** Erases the originals recorded before the given time: the masked text stays, the personal data goes. */
    public int eraseOriginalsBefore(Timestamp before) {
        return jdbc.prepareStatement("DELETE FROM contribution_original_text WHERE recorded_at < ?", statement -> {
            statement.setTimestamp(1, before);
            return statement.executeUpdate();
        });
    }

    /** The person's own contributions in every consultation, drafts first then newest, with the council's answer. */
    List<MyContribution> mine(long accountId) {
        return jdbc.prepareStatement("""
                SELECT c.id, k.title, c.title, c.status, c.hidden, a.status, coalesce(c.published_at, c.created_at)
                FROM contribution c JOIN consultation k ON k.id = c.consultation_id
                LEFT JOIN contribution_answer a ON a.contribution_id = c.id
                WHERE c.author_account_id = ? ORDER BY c.status = 'DRAFT' DESC, coalesce(c.published_at, c.created_at) DESC, c.id DESC""", statement -> {
            statement.setLong(1, accountId);
            List<MyContribution> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    String answer = rows.getString(6);
                    found.add(new MyContribution(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            ContributionStatus.valueOf(rows.getString(4)),
                            rows.getBoolean(5),
                            answer == null ? null : AnswerStatus.valueOf(answer),
                            rows.getTimestamp(7).toInstant()));
                }
            }
            return found;
        });
    }

    /** Published and not hidden, among the given ids: the rule {@link PublicContributions} names. */
    Set<Long> publicAmong(Collection<Long> contributionIds) {
        return jdbc.prepareStatement(
                "SELECT id FROM contribution WHERE id = ANY (?) AND status = 'PUBLISHED' AND NOT hidden", statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("bigint", contributionIds.toArray()));
                    Set<Long> visible = new HashSet<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            visible.add(rows.getLong(1));
                        }
                    }
                    return visible;
                });
    }

    long publicCount(long consultationId) {
        return jdbc.prepareStatement(
                "SELECT count(*) FROM contribution WHERE consultation_id = ? AND status = 'PUBLISHED' AND NOT hidden",
                statement -> {
                    statement.setLong(1, consultationId);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
    }

    /**
     * A support written directly, for the demo data: none from the contribution's own author, none twice. The support
     * counter follows by its trigger; unlike a support given through the discussion, nobody is notified.
     */
    public void seedSupport(long contributionId, long supporterId, java.time.Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO contribution_support (contribution_id, account_id, created_at)
                SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM contribution WHERE id = ? AND author_account_id = ?)
                ON CONFLICT DO NOTHING""", statement -> {
            statement.setLong(1, contributionId);
            statement.setLong(2, supporterId);
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setLong(4, contributionId);
            statement.setLong(5, supporterId);
            return statement.executeUpdate();
        });
    }
}
