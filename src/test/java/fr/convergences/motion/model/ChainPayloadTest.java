package fr.convergences.motion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.integrity.CanonicalJson;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the chained payloads to the bytes the chains were written with before the payloads were records. Each text below
 * is what the services wrote until 2026-12-08 (d97e824: maps built in VotingSessionService, BallotService and
 * MotionService, written by CanonicalJson), printed by that build from the values named beside it. A change of key,
 * of which keys are present or of how a value is written fails here: it would break every published chain's hash.
 */
class ChainPayloadTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    record Pinned(String name, ChainEvent.Kind kind, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Pinned> pinned() {
        return List.of(
                new Pinned(
                        "opened, roll-call online with set times and a quorum",
                        ChainEvent.Kind.OPENED,
                        "{\"ballotKind\":\"ROLL_CALL\",\"closesAt\":\"2026-12-08T17:30:00.250Z\",\"doubleMajority\":false,"
                                + "\"electorate\":[[1011,3]],\"majority\":\"SIMPLE\",\"method\":\"FOR_AGAINST\",\"motion\":41,"
                                + "\"opensAt\":\"2026-12-08T09:00:00Z\",\"options\":[],\"quorum\":\"1/2\",\"reconvenes\":null,"
                                + "\"sitting\":null,\"tieRule\":\"REJECTED\"}"),
                new Pinned(
                        "opened, secret ranked in a sitting, reconvening without quorum",
                        ChainEvent.Kind.OPENED,
                        "{\"ballotKind\":\"SECRET\",\"closesAt\":null,\"doubleMajority\":true,"
                                + "\"electorate\":[[1012,4],[1011,3],[1013,3]],\"majority\":\"ABSOLUTE\",\"method\":\"RANKED\","
                                + "\"motion\":42,\"opensAt\":null,\"options\":[21,22,23],\"quorum\":null,\"reconvenes\":17,"
                                + "\"sitting\":9,\"tieRule\":\"CASTING_VOTE\"}"),
                new Pinned(
                        "cast, secret (no choice key)",
                        ChainEvent.Kind.CAST,
                        "{\"capacity\":\"SEAT\",\"college\":3,\"seat\":1011,\"voter\":501}"),
                new Pinned(
                        "cast, roll-call by a proxy",
                        ChainEvent.Kind.CAST,
                        "{\"capacity\":\"PROXY\",\"choice\":\"FOR\",\"college\":3,\"seat\":1011,\"voter\":501}"),
                new Pinned(
                        "changed, by a substitute",
                        ChainEvent.Kind.CHANGED,
                        "{\"capacity\":\"SUBSTITUTE\",\"choice\":\"R:23>21\",\"college\":3,\"seat\":1011,\"voter\":501}"),
                new Pinned(
                        "recusal, substitute without seat", ChainEvent.Kind.RECUSAL, "{\"account\":502,\"seat\":null}"),
                new Pinned("recusal, titular", ChainEvent.Kind.RECUSAL, "{\"account\":501,\"seat\":1011}"),
                new Pinned(
                        "closed, roll-call for/against with double majority and casting vote",
                        ChainEvent.Kind.CLOSED,
                        "{\"ballotsHash\":null,\"presentSeats\":[1011,1013],\"presidentSeat\":1011,\"recusedSeats\":[],"
                                + "\"result\":{\"abstentions\":3,\"against\":2,\"ballots\":8,\"castingVoteUsed\":false,"
                                + "\"colleges\":[{\"ballots\":5,\"blank\":0,\"college\":1,\"counts\":[3,2,0],\"majorityMet\":true,"
                                + "\"seats\":6},{\"ballots\":3,\"blank\":3,\"college\":2,\"counts\":[0,0,3],\"majorityMet\":false,"
                                + "\"seats\":4}],\"electorate\":10,\"for\":3,\"optionCounts\":[],\"options\":[],"
                                + "\"outcome\":\"REJECTED\",\"pairwise\":[],\"presentOrRepresented\":8,\"quorumReached\":true,"
                                + "\"strongestPaths\":[],\"winningOption\":null}}"),
                new Pinned(
                        "closed, secret ranked (Schulze matrices), a recused seat",
                        ChainEvent.Kind.CLOSED,
                        "{\"ballotsHash\":\"9f2c0d1e00000000000000000000000000000000000000000000000000000000\","
                                + "\"presentSeats\":[1011,1012,1013],\"presidentSeat\":null,\"recusedSeats\":[1014],"
                                + "\"result\":{\"abstentions\":1,\"against\":0,\"ballots\":3,\"castingVoteUsed\":false,"
                                + "\"colleges\":[{\"ballots\":2,\"blank\":1,\"college\":3,\"counts\":[0,0,1],\"majorityMet\":null,"
                                + "\"seats\":2},{\"ballots\":1,\"blank\":0,\"college\":4,\"counts\":[1,0,0],\"majorityMet\":null,"
                                + "\"seats\":1}],\"electorate\":3,\"for\":0,\"optionCounts\":[1,0,1],\"options\":[21,22,23],"
                                + "\"outcome\":\"REJECTED\",\"pairwise\":[[0,2,1],[0,0,0],[1,2,0]],\"presentOrRepresented\":3,"
                                + "\"quorumReached\":true,\"strongestPaths\":[[0,2,0],[0,0,0],[0,2,0]],\"winningOption\":null}}"),
                new Pinned(
                        "closed, secret approval won by an option",
                        ChainEvent.Kind.CLOSED,
                        "{\"ballotsHash\":\"abababababababababababababababababababababababababababababababab\","
                                + "\"presentSeats\":[1011],\"presidentSeat\":null,\"recusedSeats\":[],"
                                + "\"result\":{\"abstentions\":1,\"against\":0,\"ballots\":3,\"castingVoteUsed\":false,"
                                + "\"colleges\":[{\"ballots\":3,\"blank\":1,\"college\":3,\"counts\":[2,1],\"majorityMet\":null,"
                                + "\"seats\":4}],\"electorate\":4,\"for\":0,\"optionCounts\":[2,1],\"options\":[21,22],"
                                + "\"outcome\":\"ADOPTED\",\"pairwise\":[],\"presentOrRepresented\":3,\"quorumReached\":true,"
                                + "\"strongestPaths\":[],\"winningOption\":21}}"),
                new Pinned(
                        "closed, secret approval without quorum",
                        ChainEvent.Kind.CLOSED,
                        "{\"ballotsHash\":\"abababababababababababababababababababababababababababababababab\","
                                + "\"presentSeats\":[1011],\"presidentSeat\":null,\"recusedSeats\":[],"
                                + "\"result\":{\"abstentions\":1,\"against\":0,\"ballots\":2,\"castingVoteUsed\":false,"
                                + "\"colleges\":[{\"ballots\":2,\"blank\":1,\"college\":3,\"counts\":[1,1],\"majorityMet\":null,"
                                + "\"seats\":4}],\"electorate\":4,\"for\":0,\"optionCounts\":[1,1],\"options\":[21,22],"
                                + "\"outcome\":\"NO_QUORUM\",\"pairwise\":[],\"presentOrRepresented\":1,\"quorumReached\":false,"
                                + "\"strongestPaths\":[],\"winningOption\":null}}"));
    }

    @SuppressWarnings("unchecked")
    private static ChainPayload read(ChainEvent.Kind kind, String text) throws IOException {
        return ChainPayload.fromMap(kind, JSON.readValue(text, Map.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinned")
    void a_payload_written_before_the_records_reads_back_and_writes_the_same_bytes_under_every_voting_rule(
            Pinned pinned) throws IOException {
        ChainPayload payload = read(pinned.kind(), pinned.text());
        assertThat(payload.kind()).isEqualTo(pinned.kind());
        assertThat(payload.canonical()).isEqualTo(pinned.text());
        // Links written before the rules were merged store VOTING_2025; the verifier re-derives the count under it.
        assertThat(CanonicalJson.write(CanonicalJson.Rule.VOTING_2025, payload.toMap()))
                .isEqualTo(pinned.text());
        ChainEvent before =
                new ChainEvent(5, 0, pinned.kind(), pinned.text(), null, null).sealed(3, ChainEvent.GENESIS);
        ChainEvent after =
                new ChainEvent(5, 0, payload.kind(), payload.canonical(), null, null).sealed(3, ChainEvent.GENESIS);
        assertThat(after.hash()).isEqualTo(before.hash());
    }

    @Test
    void the_records_the_services_build_write_the_pinned_texts() {
        Map<String, String> text = new java.util.HashMap<>();
        pinned().forEach(pinned -> text.put(pinned.name(), pinned.text()));
        ChainPayload.Rules online = new ChainPayload.Rules(
                41,
                null,
                BallotKind.ROLL_CALL,
                VotingMethod.FOR_AGAINST,
                MajorityRule.SIMPLE,
                false,
                TieRule.REJECTED,
                QuorumPolicy.Quorum.HALF,
                null,
                Instant.parse("2026-12-08T09:00:00Z"),
                Instant.parse("2026-12-08T17:30:00.250Z"));
        assertThat(new ChainPayload.Opened(online, List.of(), new Electorate(Map.of(1011L, 3L))).canonical())
                .isEqualTo(text.get("opened, roll-call online with set times and a quorum"));
        assertThat(new ChainPayload.Cast(1011, 3, 501, Capacity.SEAT, null).canonical())
                .isEqualTo(text.get("cast, secret (no choice key)"));
        assertThat(new ChainPayload.Cast(1011, 3, 501, Capacity.PROXY, "FOR").canonical())
                .isEqualTo(text.get("cast, roll-call by a proxy"));
        assertThat(new ChainPayload.Changed(1011, 3, 501, Capacity.SUBSTITUTE, "R:23>21").canonical())
                .isEqualTo(text.get("changed, by a substitute"));
        assertThat(new ChainPayload.Recusal(502, null).canonical())
                .isEqualTo(text.get("recusal, substitute without seat"));
        TallyResult count = Tally.count(new TallyInput(
                VotingMethod.FOR_AGAINST,
                new VotingRules(MajorityRule.SIMPLE, true, TieRule.CASTING_VOTE, QuorumPolicy.Quorum.HALF),
                List.of(),
                Map.of(1L, 6, 2L, 4),
                8,
                List.of(
                        forAgainst(1, Vote.FOR),
                        forAgainst(1, Vote.FOR),
                        forAgainst(1, Vote.FOR),
                        forAgainst(1, Vote.AGAINST),
                        forAgainst(1, Vote.AGAINST),
                        forAgainst(2, Vote.ABSTAIN),
                        forAgainst(2, Vote.ABSTAIN),
                        forAgainst(2, Vote.ABSTAIN)),
                new BallotChoice.ForAgainst(Vote.FOR)));
        assertThat(new ChainPayload.Closed(count, null, List.of(1011L, 1013L), List.of(), 1011L).canonical())
                .isEqualTo(text.get("closed, roll-call for/against with double majority and casting vote"));
    }

    private static CountedBallot forAgainst(long college, Vote vote) {
        return new CountedBallot(college, new BallotChoice.ForAgainst(vote));
    }

    @Test
    void the_typed_reading_gives_the_values_the_verification_uses() throws IOException {
        List<Pinned> all = pinned();
        ChainPayload.Opened opened =
                (ChainPayload.Opened) read(ChainEvent.Kind.OPENED, all.get(1).text());
        assertThat(opened.options()).containsExactly(21L, 22L, 23L);
        assertThat(opened.electorate().collegeBySeat())
                .containsExactly(Map.entry(1012L, 4L), Map.entry(1011L, 3L), Map.entry(1013L, 3L));
        assertThat(opened.rules().quorum()).isNull();
        assertThat(opened.rules().reconvenes()).isEqualTo(17L);
        ChainPayload.Ballot secret =
                (ChainPayload.Ballot) read(ChainEvent.Kind.CAST, all.get(2).text());
        assertThat(secret.choice()).isNull();
        assertThat(secret.capacity()).isEqualTo(Capacity.SEAT);
        ChainPayload.Recusal recusal =
                (ChainPayload.Recusal) read(ChainEvent.Kind.RECUSAL, all.get(5).text());
        assertThat(recusal.seat()).isNull();
        ChainPayload.Closed ranked =
                (ChainPayload.Closed) read(ChainEvent.Kind.CLOSED, all.get(8).text());
        assertThat(ranked.recusedSeats()).containsExactly(1014L);
        assertThat(ranked.presidentSeat()).isNull();
        assertThat(ranked.result().pairwise()).isDeepEqualTo(new int[][] {{0, 2, 1}, {0, 0, 0}, {1, 2, 0}});
        ChainPayload.Closed approval =
                (ChainPayload.Closed) read(ChainEvent.Kind.CLOSED, all.get(9).text());
        assertThat(approval.result().winningOption()).isEqualTo(21L);
        assertThat(approval.result().pairwise()).isNull();
    }

    @Test
    void a_payload_missing_a_key_or_of_another_kind_is_refused_naming_the_key() {
        assertThatThrownBy(() -> read(ChainEvent.Kind.CAST, "{\"capacity\":\"SEAT\",\"college\":3,\"voter\":501}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"seat\"");
        assertThatThrownBy(() ->
                        read(ChainEvent.Kind.CHANGED, "{\"capacity\":\"SEAT\",\"college\":3,\"seat\":1,\"voter\":501}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"choice\"");
        assertThatThrownBy(() -> read(ChainEvent.Kind.CLOSED, "{\"account\":502,\"seat\":null}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"result\"");
    }
}
