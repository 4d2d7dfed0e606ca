package fr.convergences.motion.model;

import java.util.List;
import java.util.Optional;

/**
 * The proxy rules of a council's règlement intérieur (procuration) for one sitting. A titular with
 * voting right who will be absent, and whose substitute cannot sit, gives a proxy to another member of
 * the council with voting right who will be there. No chains: a member who holds a proxy cannot give
 * one (the seat entrusted to them would go unvoted), and a member who gave one cannot hold one (they
 * will not be there to use it). A member holds at most the council's limit of proxies (one by
 * default); a giver withdraws their proxy as long as the holder has not voted with it in a vote still
 * open. Each refusal names the rule it applies, so that the person knows what to do instead.
 */
public final class ProxyPolicy {

    /** The règlement's usual limit: one proxy per holder (décret n° 2016-1024 leaves it to the council). */
    public static final int DEFAULT_PROXIES_PER_HOLDER = 1;

    private ProxyPolicy() {}

    /** A refusal: the message key and its arguments. */
    public record Refusal(String key, List<Object> arguments) {

        static Optional<Refusal> of(String key, Object... arguments) {
            return Optional.of(new Refusal(key, List.of(arguments)));
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    /**
     * What is known when a proxy is asked for.
     *
     * @param giverHoldsAProxy       the giver already holds someone else's proxy for this sitting
     * @param holderGaveAProxy       the chosen holder already gave their own proxy for this sitting
     * @param proxiesHeldByHolder    how many proxies the chosen holder already holds for this sitting
     * @param maxProxiesPerHolder    the council's limit
     */
    public record Request(
            long giverAccountId,
            long holderAccountId,
            boolean sittingOpen,
            boolean giverHoldsVotingSeat,
            boolean holderIsVotingMember,
            boolean substituteCanSit,
            boolean giverAlreadyGave,
            boolean giverHoldsAProxy,
            boolean holderGaveAProxy,
            int proxiesHeldByHolder,
            int maxProxiesPerHolder,
            boolean holderAbsent,
            boolean giverSeatAlreadyVoted) {}

    /**
     * What is known when a giver withdraws their proxy.
     *
     * @param holderVotedInOpenVote the holder cast the seat's ballot in a vote that is still open
     */
    public record Revocation(boolean sittingOpen, boolean proxyGiven, boolean holderVotedInOpenVote) {}

    public static Optional<Refusal> problem(Request request) {
        if (!request.sittingOpen()) {
            return Refusal.of("motion.sitting.closed");
        }
        if (request.giverAccountId() == request.holderAccountId()) {
            return Refusal.of("motion.proxy.self");
        }
        if (!request.giverHoldsVotingSeat()) {
            return Refusal.of("motion.proxy.notTitular");
        }
        if (!request.holderIsVotingMember()) {
            return Refusal.of("motion.proxy.holderNotMember");
        }
        if (request.giverAlreadyGave()) {
            return Refusal.of("motion.proxy.alreadyGiven");
        }
        if (request.giverHoldsAProxy()) {
            return Refusal.of("motion.proxy.chain.giverHolds");
        }
        if (request.holderGaveAProxy()) {
            return Refusal.of("motion.proxy.chain.holderGave");
        }
        if (request.proxiesHeldByHolder() >= limit(request.maxProxiesPerHolder())) {
            return Refusal.of("motion.proxy.holderFull", limit(request.maxProxiesPerHolder()));
        }
        if (request.substituteCanSit()) {
            return Refusal.of("motion.proxy.substituteSits");
        }
        if (request.holderAbsent()) {
            return Refusal.of("motion.proxy.holderAbsent");
        }
        if (request.giverSeatAlreadyVoted()) {
            return Refusal.of("motion.proxy.alreadyVoted");
        }
        return Optional.empty();
    }

    public static Optional<Refusal> revocationProblem(Revocation revocation) {
        if (!revocation.sittingOpen()) {
            return Refusal.of("motion.sitting.closed");
        }
        if (!revocation.proxyGiven()) {
            return Refusal.of("motion.proxy.revoke.none");
        }
        if (revocation.holderVotedInOpenVote()) {
            return Refusal.of("motion.proxy.revoke.alreadyVoted");
        }
        return Optional.empty();
    }

    /** The limit in force: a configured value below one is read as one, since a council that allows proxies allows at least one. */
    public static int limit(int configured) {
        return Math.max(1, configured);
    }
}
