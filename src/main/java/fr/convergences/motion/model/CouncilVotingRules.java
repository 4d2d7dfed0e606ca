package fr.convergences.motion.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Two voting rules that a council's règlement intérieur sets for itself, as the council recorded them: how many proxies
 * one member may hold for a sitting ({@link ProxyPolicy}), and k, the fewest ballots a college of a secret vote needs for
 * its result to be published apart ({@link SmallGroupPolicy}). A null value is "the platform's setting".
 *
 * <p>The bounds, and why. <b>Proxies 1 to 3</b>: a council that allows proxies allows at least one; above three, one
 * person in the room would cast the votes of four seats, and a quorum counted "present or represented" could be reached
 * by a handful of people (the regulatory texts of health democracy bodies allow one, some règlements two).
 * <b>k from 3 to 20</b>: at 2, each of a college's two voters reads the other's choice off a split result (1 publishes a
 * lone voter's choice), which is what the rule is for; above 20, nearly every college of a council (a few to about
 * twenty seats each) would be merged on every vote, and the per-college results that members follow would vanish.
 */
public record CouncilVotingRules(
        @Nullable Integer proxiesPerHolder, @Nullable Integer smallGroup) {

    /** No council setting: the platform's values apply. */
    public static final CouncilVotingRules PLATFORM = new CouncilVotingRules(null, null);

    public static final int MIN_PROXIES = 1;
    public static final int MAX_PROXIES = 3;
    public static final int MIN_SMALL_GROUP = 3;
    public static final int MAX_SMALL_GROUP = 20;

    /**
     * Why these values cannot be recorded, if they cannot: each value is null (the platform's) or within its bounds. The
     * refusal carries the bounds, so that the person knows what is accepted.
     */
    public static Optional<Refusal> problem(@Nullable Integer proxiesPerHolder, @Nullable Integer smallGroup) {
        if (proxiesPerHolder != null && (proxiesPerHolder < MIN_PROXIES || proxiesPerHolder > MAX_PROXIES)) {
            return Refusal.of("motion.rules.proxies.range", MIN_PROXIES, MAX_PROXIES);
        }
        if (smallGroup != null && (smallGroup < MIN_SMALL_GROUP || smallGroup > MAX_SMALL_GROUP)) {
            return Refusal.of("motion.rules.smallGroup.range", MIN_SMALL_GROUP, MAX_SMALL_GROUP);
        }
        return Optional.empty();
    }

    /** The proxies one member may hold in this council: its own rule, else the platform's. */
    public int proxiesPerHolder(int platformDefault) {
        return ProxyPolicy.limit(proxiesPerHolder != null ? proxiesPerHolder : platformDefault);
    }

    /** The k of this council's secret votes: its own rule, else the platform's (never below one). */
    public int smallGroup(int platformDefault) {
        return Math.max(1, smallGroup != null ? smallGroup : platformDefault);
    }

    /** The rules in force, as the journal records them before and after a change. */
    public Map<String, Object> inForce(int platformProxies, int platformSmallGroup) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("proxiesPerHolder", proxiesPerHolder(platformProxies));
        values.put("smallGroup", smallGroup(platformSmallGroup));
        return values;
    }
}
