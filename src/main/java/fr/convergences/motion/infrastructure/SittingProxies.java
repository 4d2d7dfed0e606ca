package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * The proxies of a sitting (table {@code sitting_proxy}). Giving and withdrawing a proxy first lock the
 * sitting's row: the rules against chains and the limit per holder read several rows, which no unique
 * key can guard, so two members naming each other at the same moment must be taken one after the other.
 */
@Singleton
public class SittingProxies {

    /** A proxy given: the giver's seat and who holds it. */
    public record Given(long giverMandateId, long holderAccountId, long holderMandateId) {}

    private final Sql sql;

    public SittingProxies(Sql sql) {
        this.sql = sql;
    }

    /** Serialises the proxy changes of one sitting until the transaction ends. */
    public void lockSitting(long sittingId) {
        sql.one("SELECT id FROM sitting WHERE id = ? FOR UPDATE", row -> row.getLong(1), sittingId);
    }

    public Optional<Given> givenBy(long sittingId, long giverMandateId) {
        return sql.one(
                "SELECT giver_mandate_id, holder_account_id, holder_mandate_id FROM sitting_proxy WHERE sitting_id = ? AND giver_mandate_id = ?",
                row -> new Given(row.getLong(1), row.getLong(2), row.getLong(3)),
                sittingId,
                giverMandateId);
    }

    /** Whether the person gave a proxy for the sitting, for any of their seats. */
    public boolean gaveAny(long sittingId, long accountId) {
        return sql.exists(
                "SELECT EXISTS (SELECT 1 FROM sitting_proxy WHERE sitting_id = ? AND giver_account_id = ?)",
                sittingId,
                accountId);
    }

    public int heldBy(long sittingId, long accountId) {
        return (int) sql.count(
                "SELECT count(*) FROM sitting_proxy WHERE sitting_id = ? AND holder_account_id = ?",
                sittingId,
                accountId);
    }

    public void give(
            long sittingId,
            long giverMandateId,
            long giverAccountId,
            long holderMandateId,
            long holderAccountId,
            Instant at) {
        sql.update(
                "INSERT INTO sitting_proxy (sitting_id, giver_mandate_id, giver_account_id, holder_mandate_id, holder_account_id, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                sittingId,
                giverMandateId,
                giverAccountId,
                holderMandateId,
                holderAccountId,
                at);
    }

    /** Withdraws the proxy and the absence that goes with it: the giver is expected again. */
    public void revoke(long sittingId, long giverMandateId) {
        sql.update(
                "DELETE FROM sitting_proxy WHERE sitting_id = ? AND giver_mandate_id = ?", sittingId, giverMandateId);
        sql.update("DELETE FROM sitting_absence WHERE sitting_id = ? AND mandate_id = ?", sittingId, giverMandateId);
    }
}
