package fr.convergences.identity;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The login_attempt table's one persistence class: what the throttle counts and the nightly retention erases. */
@Singleton
class LoginAttemptStore {

    /** An account's failed attempts in a window, and when the last one was (null when none). */
    /** The failures in the window, and the last one's time: null when there is none. */
    record RecentFailures(int count, @Nullable Instant last) {}

    private final Sql sql;

    LoginAttemptStore(Sql sql) {
        this.sql = sql;
    }

    long failuresFromAddress(String address, Instant since) {
        return sql.count(
                "SELECT count(*) FROM login_attempt WHERE NOT succeeded AND attempted_at > ? AND address = ?",
                since,
                address);
    }

    RecentFailures failuresOfAccount(String email, Instant since) {
        return sql.one(
                        "SELECT count(*), max(attempted_at) FROM login_attempt "
                                + "WHERE NOT succeeded AND attempted_at > ? AND lower(email) = lower(?)",
                        row -> new RecentFailures(row.getInt(1), Sql.instant(row, "max")),
                        since,
                        email)
                .orElseThrow();
    }

    void record(String email, String address, boolean succeeded, Instant at) {
        sql.update(
                "INSERT INTO login_attempt (email, address, succeeded, attempted_at) VALUES (?, ?, ?, ?)",
                email,
                address,
                succeeded,
                at);
    }

    int eraseBefore(Instant cutoff) {
        return sql.update("DELETE FROM login_attempt WHERE attempted_at < ?", cutoff);
    }
}
