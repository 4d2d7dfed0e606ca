package fr.convergences.identity.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Per person and kind, the chosen e-mail frequency; no row means the kind's default. */
@Singleton
class NotificationPreferenceStore {

    private final JdbcOperations jdbc;

    NotificationPreferenceStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Map<NotificationKind, Frequency> chosen(long accountId) {
        return jdbc.prepareStatement(
                "SELECT kind, frequency FROM notification_preference WHERE account_id = ?", statement -> {
                    statement.setLong(1, accountId);
                    Map<NotificationKind, Frequency> chosen = new EnumMap<>(NotificationKind.class);
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            chosen.put(
                                    NotificationKind.valueOf(rows.getString(1)), Frequency.valueOf(rows.getString(2)));
                        }
                    }
                    return chosen;
                });
    }

    /** The frequency each of these people chose for one kind; people who did not choose are left out. */
    Map<Long, Frequency> chosenBy(Collection<Long> accountIds, NotificationKind kind) {
        return jdbc.prepareStatement(
                "SELECT account_id, frequency FROM notification_preference WHERE account_id = ANY (?) AND kind = ?",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("bigint", accountIds.toArray()));
                    statement.setString(2, kind.name());
                    Map<Long, Frequency> chosen = new HashMap<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            chosen.put(rows.getLong(1), Frequency.valueOf(rows.getString(2)));
                        }
                    }
                    return chosen;
                });
    }

    void choose(long accountId, NotificationKind kind, Frequency frequency) {
        jdbc.prepareStatement("""
                INSERT INTO notification_preference (account_id, kind, frequency) VALUES (?, ?, ?)
                ON CONFLICT (account_id, kind) DO UPDATE SET frequency = EXCLUDED.frequency""", statement -> {
            statement.setLong(1, accountId);
            statement.setString(2, kind.name());
            statement.setString(3, frequency.name());
            return statement.executeUpdate();
        });
    }

    void forget(long accountId) {
        jdbc.prepareStatement("DELETE FROM notification_preference WHERE account_id = ?", statement -> {
            statement.setLong(1, accountId);
            return statement.executeUpdate();
        });
    }
}
