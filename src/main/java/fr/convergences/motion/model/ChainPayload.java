package fr.convergences.motion.model;

import fr.convergences.base.integrity.CanonicalJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a link of a voting session's chain says, one record per kind of event, written and read here only. The chained
 * text is the canonical JSON of {@link #toMap()}, hashed into the link: the keys, which of them are present and how
 * each value is written are those of every chain since the first one (a null key stays present as {@code null}, only a
 * secret cast leaves {@code choice} out), so that a chain written before these records existed verifies byte for byte
 * and a link written now hashes as it always did. Never rename, add or drop a key: published chains are hashed over it.
 *
 * <p>Reading ({@link #fromMap}) takes what a JSON parser gives back: numbers of any integral width, lists, maps. A
 * payload that lacks a key it must have, or holds a value of the wrong kind, is refused with an
 * {@link IllegalArgumentException}: a verification reports it rather than guessing.
 */
@NullMarked
public sealed interface ChainPayload {

    /** The kind of link this payload is chained as. */
    ChainEvent.Kind kind();

    /** The JSON-ready form whose canonical text is chained (keys in the order the first chains were written). */
    Map<String, @Nullable Object> toMap();

    /** The text chained under the current canonical rule. */
    default String canonical() {
        return CanonicalJson.write(toMap());
    }

    /** Reads a chained payload of the given kind back from its parsed JSON. */
    static ChainPayload fromMap(ChainEvent.Kind kind, Map<String, ? extends @Nullable Object> map) {
        return switch (kind) {
            case OPENED -> Opened.fromMap(map);
            case CAST -> Cast.fromMap(map);
            case CHANGED -> Changed.fromMap(map);
            case RECUSAL -> Recusal.fromMap(map);
            case CLOSED -> Closed.fromMap(map);
        };
    }

    /**
     * A session's rules as chained at opening and journalled at planning: the motion, the sitting (null online), the
     * ballot, the method and rules, the quorum ({@code "1/2"}; null when the session reconvenes one that lacked it), the
     * session it reconvenes, and its set times.
     */
    record Rules(
            long motion,
            @Nullable Long sitting,
            BallotKind ballotKind,
            VotingMethod method,
            MajorityRule majority,
            boolean doubleMajority,
            TieRule tieRule,
            QuorumPolicy.@Nullable Quorum quorum,
            @Nullable Long reconvenes,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt) {

        public static Rules of(VotingSession session) {
            Integer numerator = session.quorumNumerator();
            Integer denominator = session.quorumDenominator();
            return new Rules(
                    session.motionId(),
                    session.sittingId(),
                    session.ballotKind(),
                    session.method(),
                    session.majority(),
                    session.doubleMajority(),
                    session.tieRule(),
                    numerator == null || denominator == null ? null : new QuorumPolicy.Quorum(numerator, denominator),
                    session.reconvenesSessionId(),
                    session.opensAt(),
                    session.closesAt());
        }

        public Map<String, @Nullable Object> toMap() {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            map.put("motion", motion);
            map.put("sitting", sitting);
            map.put("ballotKind", ballotKind.name());
            map.put("method", method.name());
            map.put("majority", majority.name());
            map.put("doubleMajority", doubleMajority);
            map.put("tieRule", tieRule.name());
            map.put("quorum", quorum == null ? null : quorum.numerator() + "/" + quorum.denominator());
            map.put("reconvenes", reconvenes);
            map.put("opensAt", opensAt == null ? null : opensAt.toString());
            map.put("closesAt", closesAt == null ? null : closesAt.toString());
            return map;
        }

        static Rules fromMap(Map<String, ? extends @Nullable Object> map) {
            String quorum = nullableString(map, "quorum");
            String opensAt = nullableString(map, "opensAt");
            String closesAt = nullableString(map, "closesAt");
            return new Rules(
                    number(map, "motion"),
                    nullableNumber(map, "sitting"),
                    BallotKind.valueOf(string(map, "ballotKind")),
                    VotingMethod.valueOf(string(map, "method")),
                    MajorityRule.valueOf(string(map, "majority")),
                    bool(map, "doubleMajority"),
                    TieRule.valueOf(string(map, "tieRule")),
                    quorum == null ? null : quorum(quorum),
                    nullableNumber(map, "reconvenes"),
                    opensAt == null ? null : Instant.parse(opensAt),
                    closesAt == null ? null : Instant.parse(closesAt));
        }

        private static QuorumPolicy.Quorum quorum(String text) {
            String[] parts = text.split("/", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("not a quorum: " + text);
            }
            return new QuorumPolicy.Quorum(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
    }

    /** The session opens: its rules, its options (none for a for/against vote) and its electorate, in the order fixed. */
    record Opened(Rules rules, List<Long> options, Electorate electorate) implements ChainPayload {

        public Opened {
            options = List.copyOf(options);
        }

        @Override
        public ChainEvent.Kind kind() {
            return ChainEvent.Kind.OPENED;
        }

        @Override
        public Map<String, @Nullable Object> toMap() {
            Map<String, @Nullable Object> map = rules.toMap();
            map.put("options", options);
            map.put("electorate", electorate.chained());
            return map;
        }

        static Opened fromMap(Map<String, ? extends @Nullable Object> map) {
            return new Opened(
                    Rules.fromMap(map), numbers(map, "options"), Electorate.fromChained(list(map, "electorate")));
        }
    }

    /** A ballot for a seat, as chained: cast, or changed before the close (roll-call only). */
    sealed interface Ballot extends ChainPayload {
        long seat();

        long college();

        long voter();

        Capacity capacity();

        /** The ballot's text ({@link BallotChoice#encode()}) for a roll-call ballot; null for a secret one. */
        @Nullable
        String choice();
    }

    /** A ballot is cast: seat, college, voter and capacity; the choice for a roll-call ballot only (left out when secret). */
    record Cast(
            long seat,
            long college,
            long voter,
            Capacity capacity,
            @Nullable String choice) implements Ballot {

        @Override
        public ChainEvent.Kind kind() {
            return ChainEvent.Kind.CAST;
        }

        @Override
        public Map<String, @Nullable Object> toMap() {
            return ballotMap(this);
        }

        static Cast fromMap(Map<String, ? extends @Nullable Object> map) {
            return new Cast(
                    number(map, "seat"),
                    number(map, "college"),
                    number(map, "voter"),
                    Capacity.valueOf(string(map, "capacity")),
                    nullableString(map, "choice"));
        }
    }

    /** A roll-call ballot is changed before the close: the same fields as a cast, the new choice always present. */
    record Changed(long seat, long college, long voter, Capacity capacity, String choice) implements Ballot {

        @Override
        public ChainEvent.Kind kind() {
            return ChainEvent.Kind.CHANGED;
        }

        @Override
        public Map<String, @Nullable Object> toMap() {
            return ballotMap(this);
        }

        static Changed fromMap(Map<String, ? extends @Nullable Object> map) {
            return new Changed(
                    number(map, "seat"),
                    number(map, "college"),
                    number(map, "voter"),
                    Capacity.valueOf(string(map, "capacity")),
                    string(map, "choice"));
        }
    }

    /** A member declares an interest while the session is open: their account and their seat (null for a substitute). */
    record Recusal(long account, @Nullable Long seat) implements ChainPayload {

        @Override
        public ChainEvent.Kind kind() {
            return ChainEvent.Kind.RECUSAL;
        }

        @Override
        public Map<String, @Nullable Object> toMap() {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            map.put("account", account);
            map.put("seat", seat);
            return map;
        }

        static Recusal fromMap(Map<String, ? extends @Nullable Object> map) {
            return new Recusal(number(map, "account"), nullableNumber(map, "seat"));
        }
    }

    /**
     * The session closes: the count, the hash of the published secret ballots (null for a roll-call vote), the seats
     * present and recused, and the president's seat when a casting vote may decide a tie (else null).
     */
    record Closed(
            TallyResult result,
            @Nullable String ballotsHash,
            List<Long> presentSeats,
            List<Long> recusedSeats,
            @Nullable Long presidentSeat)
            implements ChainPayload {

        public Closed {
            presentSeats = List.copyOf(presentSeats);
            recusedSeats = List.copyOf(recusedSeats);
        }

        @Override
        public ChainEvent.Kind kind() {
            return ChainEvent.Kind.CLOSED;
        }

        @Override
        public Map<String, @Nullable Object> toMap() {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            map.put("result", result.toMap());
            map.put("ballotsHash", ballotsHash);
            map.put("presentSeats", presentSeats);
            map.put("recusedSeats", recusedSeats);
            map.put("presidentSeat", presidentSeat);
            return map;
        }

        static Closed fromMap(Map<String, ? extends @Nullable Object> map) {
            return new Closed(
                    TallyResult.fromMap(object(map, "result")),
                    nullableString(map, "ballotsHash"),
                    numbers(map, "presentSeats"),
                    numbers(map, "recusedSeats"),
                    nullableNumber(map, "presidentSeat"));
        }
    }

    private static Map<String, @Nullable Object> ballotMap(Ballot ballot) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("seat", ballot.seat());
        map.put("college", ballot.college());
        map.put("voter", ballot.voter());
        map.put("capacity", ballot.capacity().name());
        String choice = ballot.choice();
        if (choice != null) {
            // Left out, not null, for a secret cast: the chain never held the key.
            map.put("choice", choice);
        }
        return map;
    }

    private static @Nullable Object present(Map<String, ? extends @Nullable Object> map, String key) {
        return JsonFields.CHAINED_PAYLOAD.present(map, key);
    }

    private static <T> T required(Map<String, ? extends @Nullable Object> map, String key, Class<T> type) {
        return JsonFields.CHAINED_PAYLOAD.required(JsonFields.CHAINED_PAYLOAD.present(map, key), key, type);
    }

    private static <T> @Nullable T nullable(Map<String, ? extends @Nullable Object> map, String key, Class<T> type) {
        return JsonFields.CHAINED_PAYLOAD.nullable(map, key, type);
    }

    private static long number(Map<String, ? extends @Nullable Object> map, String key) {
        return required(map, key, Number.class).longValue();
    }

    private static @Nullable Long nullableNumber(Map<String, ? extends @Nullable Object> map, String key) {
        present(map, key);
        Number value = nullable(map, key, Number.class);
        return value == null ? null : value.longValue();
    }

    private static String string(Map<String, ? extends @Nullable Object> map, String key) {
        return required(map, key, String.class);
    }

    private static @Nullable String nullableString(Map<String, ? extends @Nullable Object> map, String key) {
        return nullable(map, key, String.class);
    }

    private static boolean bool(Map<String, ? extends @Nullable Object> map, String key) {
        return required(map, key, Boolean.class);
    }

    private static List<?> list(Map<String, ? extends @Nullable Object> map, String key) {
        return required(map, key, List.class);
    }

    private static List<Long> numbers(Map<String, ? extends @Nullable Object> map, String key) {
        List<Long> numbers = new ArrayList<>();
        for (Object item : list(map, key)) {
            if (!(item instanceof Number number)) {
                throw new IllegalArgumentException("the chained payload's \"" + key + "\" holds " + item);
            }
            numbers.add(number.longValue());
        }
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ? extends @Nullable Object> object(
            Map<String, ? extends @Nullable Object> map, String key) {
        return (Map<String, ? extends @Nullable Object>) required(map, key, Map.class);
    }
}
