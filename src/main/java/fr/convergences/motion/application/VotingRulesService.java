package fr.convergences.motion.application;

import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.motion.infrastructure.VotingRulesStore;
import fr.convergences.motion.model.CouncilVotingRules;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The voting rules of a council's règlement intérieur (proxies per holder, the secrecy threshold k): the council's own,
 * else the platform's settings, which stay the default of every council that recorded none.
 */
@Singleton
public class VotingRulesService {

    /**
     * What the settings form shows: the council's own values (null where it follows the platform), the values in force,
     * and the platform's, which an empty field falls back to.
     */
    public record Settings(
            CouncilVotingRules own,
            int proxiesPerHolder,
            int smallGroup,
            int platformProxiesPerHolder,
            int platformSmallGroup) {}

    private final VotingRulesStore store;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final int platformProxiesPerHolder;
    private final int platformSmallGroup;

    public VotingRulesService(
            VotingRulesStore store,
            Permissions permissions,
            AuditTrail audit,
            @Value("${convergences.sitting.proxies-per-holder:1}") int platformProxiesPerHolder,
            @Value("${convergences.voting.small-group:5}") int platformSmallGroup) {
        this.store = store;
        this.permissions = permissions;
        this.audit = audit;
        this.platformProxiesPerHolder = CouncilVotingRules.PLATFORM.proxiesPerHolder(platformProxiesPerHolder);
        this.platformSmallGroup = CouncilVotingRules.PLATFORM.smallGroup(platformSmallGroup);
    }

    /** The council's rules as the settings form shows them (the règlement is public: reading needs no role). */
    @Transactional(readOnly = true)
    public Settings settings(long councilId) {
        CouncilVotingRules own = store.rules(councilId);
        return new Settings(
                own,
                own.proxiesPerHolder(platformProxiesPerHolder),
                own.smallGroup(platformSmallGroup),
                platformProxiesPerHolder,
                platformSmallGroup);
    }

    /**
     * The secretariat records the council's rules; a null value returns that rule to the platform's setting. Proxies
     * already given stay (a lower limit refuses the next ones); a secret vote keeps the k it was opened under.
     */
    @Transactional
    public Settings change(Actor actor, long councilId, Integer proxiesPerHolder, Integer smallGroup) {
        permissions.require(actor, Action.SET_VOTING_RULES, councilId);
        CouncilVotingRules.problem(proxiesPerHolder, smallGroup).ifPresent(refusal -> {
            throw refusal.exception();
        });
        CouncilVotingRules before = store.rules(councilId);
        CouncilVotingRules after = new CouncilVotingRules(proxiesPerHolder, smallGroup);
        store.save(councilId, after);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "motion.rules.voting",
                "council",
                String.valueOf(councilId),
                before.inForce(platformProxiesPerHolder, platformSmallGroup),
                after.inForce(platformProxiesPerHolder, platformSmallGroup)));
        return settings(councilId);
    }

    /** How many proxies one member may hold for a sitting of the council, in the caller's transaction. */
    int proxiesPerHolder(long councilId) {
        return store.rules(councilId).proxiesPerHolder(platformProxiesPerHolder);
    }

    /** The k of the council's secret votes today, in the caller's transaction. */
    int smallGroup(long councilId) {
        return store.rules(councilId).smallGroup(platformSmallGroup);
    }

    /** Keeps the council's k with a secret vote that opens (caller's transaction). */
    void fixSmallGroup(long sessionId, long councilId) {
        store.fixSmallGroup(sessionId, smallGroup(councilId));
    }

    /** The k a closed vote is published under: the one it was opened under, else (older votes) the council's today. */
    int smallGroupOf(long sessionId, long councilId) {
        return store.smallGroupOf(sessionId).orElseGet(() -> smallGroup(councilId));
    }
}
