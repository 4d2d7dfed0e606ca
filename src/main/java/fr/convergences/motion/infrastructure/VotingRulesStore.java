package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import fr.convergences.motion.model.CouncilVotingRules;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * A council's voting rules (table {@code council_voting_rules}), and the k each secret vote was opened under (table
 * {@code voting_session_small_group}). Everything runs in the caller's transaction.
 */
@Singleton
public class VotingRulesStore {

    private final Sql sql;

    public VotingRulesStore(Sql sql) {
        this.sql = sql;
    }

    /** The council's own rules; {@link CouncilVotingRules#PLATFORM} when it recorded none. */
    public CouncilVotingRules rules(long councilId) {
        return sql.one(
                        "SELECT proxies_per_holder, small_group FROM council_voting_rules WHERE council_id = ?",
                        row -> new CouncilVotingRules(row.getObject(1, Integer.class), row.getObject(2, Integer.class)),
                        councilId)
                .orElse(CouncilVotingRules.PLATFORM);
    }

    public void save(long councilId, CouncilVotingRules rules) {
        sql.update(
                "INSERT INTO council_voting_rules (council_id, proxies_per_holder, small_group) VALUES (?, ?, ?) ON CONFLICT (council_id) "
                        + "DO UPDATE SET proxies_per_holder = EXCLUDED.proxies_per_holder, small_group = EXCLUDED.small_group",
                councilId,
                rules.proxiesPerHolder(),
                rules.smallGroup());
    }

    /** Keeps the k a secret vote opens under, for its result and minutes. */
    public void fixSmallGroup(long sessionId, int minimum) {
        sql.update(
                "INSERT INTO voting_session_small_group (session_id, minimum) VALUES (?, ?) ON CONFLICT (session_id) DO NOTHING",
                sessionId,
                minimum);
    }

    public Optional<Integer> smallGroupOf(long sessionId) {
        return sql.one(
                "SELECT minimum FROM voting_session_small_group WHERE session_id = ?", row -> row.getInt(1), sessionId);
    }
}
