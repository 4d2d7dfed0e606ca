package fr.convergences.identity;

import fr.convergences.base.database.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The charter_acceptance table's one persistence class: when an account accepted the participation charter, and
 * through which door. Written in the transaction that creates the account, so no account of either door exists
 * without it. The acceptance is the person's own act, so it is part of their personal-data download.
 */
@Singleton
public class CharterAcceptanceStore implements PersonalDataSection {

    /** The door through which the account was made. */
    public enum Channel {
        SIGN_UP,
        OPENID
    }

    private final Sql sql;

    CharterAcceptanceStore(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    public void record(long accountId, Channel channel, Instant at) {
        sql.update(
                "INSERT INTO charter_acceptance (account_id, accepted_at, channel) VALUES (?, ?, ?)",
                accountId,
                Timestamp.from(at),
                channel.name());
    }

    @Transactional(readOnly = true)
    public Optional<Channel> channel(long accountId) {
        return sql.one(
                "SELECT channel FROM charter_acceptance WHERE account_id = ?",
                row -> Channel.valueOf(row.getString(1)),
                accountId);
    }

    @Override
    public String name() {
        return "charterAcceptance";
    }

    /** When and through which door; empty for an account made before the charter was asked. */
    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        return sql.one(
                        "SELECT accepted_at, channel FROM charter_acceptance WHERE account_id = ?",
                        row -> Map.<String, Object>of(
                                "acceptedAt", row.getTimestamp(1).toInstant().toString(), "channel", row.getString(2)),
                        accountId)
                .orElse(Map.of());
    }
}
