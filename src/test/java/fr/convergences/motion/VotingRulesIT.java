package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.ResultTables;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.application.VotingRulesService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two councils, two règlements: one lets a member hold two proxies and publishes a college's secret result from three
 * ballots, the other keeps the platform's rules (one proxy, five ballots). The same steps in each behave as each council
 * decided; a vote keeps the threshold it was opened under; values out of bounds are refused and change nothing.
 */
class VotingRulesIT {

    private static TestPlatform platform;
    private static VotingRulesService rules;
    private static SittingService sittings;
    private static TestSql sql;

    @BeforeAll
    static void setUp() {
        platform = TestPlatform.shared();
        rules = platform.bean(VotingRulesService.class);
        sittings = platform.bean(SittingService.class);
        sql = new TestSql(platform);
    }

    private static long sitting(VotingFixture council) {
        return sittings.convene(
                        council.admin,
                        council.council.id(),
                        new SittingForm(
                                "Séance plénière",
                                SittingMode.HYBRID,
                                "Évry-Courcouronnes",
                                "https://visio.example.org/cts",
                                LocalDateTime.now().plusDays(10),
                                5,
                                List.of()))
                .id();
    }

    /** Two titulars give their proxy to a third one: the second proxy is what the councils' rules decide on. */
    private static void twoProxiesToOneHolder(VotingFixture council) {
        long sitting = sitting(council);
        VotingFixture.Member holder = council.titulars.get(2);
        sittings.giveProxy(
                council.titulars.get(0).actor(), sitting, holder.account().id());
        sittings.giveProxy(
                council.titulars.get(1).actor(), sitting, holder.account().id());
    }

    /** A secret vote where each of the two voting colleges casts four ballots, closed. */
    private static VotingSession secretVoteOfFourPerCollege(VotingFixture council) {
        VotingSession session =
                council.openOnline(BallotKind.SECRET, MotionKind.DELIBERATION, VotingMethod.FOR_AGAINST, List.of());
        BallotService ballots = platform.bean(BallotService.class);
        List<Vote> votes = List.of(Vote.FOR, Vote.FOR, Vote.AGAINST, Vote.ABSTAIN);
        for (int i = 0; i < 8; i++) {
            VotingFixture.Member voter = council.titulars.get(i);
            ballots.cast(voter.actor(), session.id(), voter.seat(), new BallotChoice.ForAgainst(votes.get(i % 4)));
        }
        return platform.bean(VotingSessionService.class).close(council.admin, session.id());
    }

    private static ResultTables.Table colleges(long sessionId) {
        ResultTables.Translator keys = (key, arguments) -> arguments.length == 0 ? key : key + List.of(arguments);
        return ResultTables.colleges(platform.bean(VotingSessionService.class).result(sessionId), keys);
    }

    @Test
    void two_councils_with_different_rules_give_different_answers_to_the_same_steps() {
        VotingFixture lenient = new VotingFixture(platform, 4, 0);
        VotingFixture usual = new VotingFixture(platform, 4, 0);
        VotingRulesService.Settings saved = rules.change(lenient.admin, lenient.council.id(), 2, 3);
        assertThat(saved.proxiesPerHolder()).isEqualTo(2);
        assertThat(saved.smallGroup()).isEqualTo(3);
        assertThat(rules.settings(usual.council.id()).own().proxiesPerHolder())
                .as("the other council follows the platform")
                .isNull();
        assertThat(rules.settings(usual.council.id()).proxiesPerHolder()).isEqualTo(1);
        assertThat(rules.settings(usual.council.id()).smallGroup()).isEqualTo(5);

        // Proxies: a second proxy for one holder is within the first council's règlement, beyond the second's.
        twoProxiesToOneHolder(lenient);
        assertThatThrownBy(() -> twoProxiesToOneHolder(usual))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("motion.proxy.holderFull");
                    assertThat(refusal.arguments()).containsExactly(1);
                });

        // Secrecy: four ballots per college are published apart under k = 3, merged under k = 5.
        long lenientVote = secretVoteOfFourPerCollege(lenient).id();
        long usualVote = secretVoteOfFourPerCollege(usual).id();
        assertThat(colleges(lenientVote).rows())
                .extracting(row -> row.getFirst())
                .containsExactly("Collège 1", "Collège 2");
        assertThat(colleges(lenientVote).note()).isNull();
        assertThat(colleges(usualVote).rows())
                .extracting(row -> row.getFirst())
                .containsExactly("motion.result.mergedColleges[Collège 1, Collège 2]");
        assertThat(colleges(usualVote).note()).isEqualTo("motion.result.smallGroups[5]");

        // A closed vote keeps the threshold it was opened under: published again under another k, the two cuts would
        // give it away.
        rules.change(lenient.admin, lenient.council.id(), 2, 10);
        assertThat(colleges(lenientVote).rows())
                .extracting(row -> row.getFirst())
                .containsExactly("Collège 1", "Collège 2");
        assertThat(platform.bean(VotingSessionService.class).result(lenientVote).smallGroupMinimum())
                .isEqualTo(3);

        // Each change is journalled with the rules in force before and after.
        assertThat(sql.column(
                        "SELECT before_json || ' -> ' || after_json FROM audit_entry WHERE council_id = ? AND action = 'motion.rules.voting' "
                                + "ORDER BY seq",
                        lenient.council.id()))
                .containsExactly(
                        "{\"proxiesPerHolder\":1,\"smallGroup\":5} -> {\"proxiesPerHolder\":2,\"smallGroup\":3}",
                        "{\"proxiesPerHolder\":2,\"smallGroup\":3} -> {\"proxiesPerHolder\":2,\"smallGroup\":10}");
    }

    @Test
    void values_outside_the_bounds_are_refused_with_the_bounds_and_change_nothing() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        rules.change(council.admin, council.council.id(), 2, 6);
        assertThatThrownBy(() -> rules.change(council.admin, council.council.id(), 4, 6))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("motion.rules.proxies.range");
                    assertThat(refusal.arguments()).containsExactly(1, 3);
                });
        assertThatThrownBy(() -> rules.change(council.admin, council.council.id(), 2, 2))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("motion.rules.smallGroup.range"));
        assertThat(rules.settings(council.council.id()).own())
                .isEqualTo(new fr.convergences.motion.model.CouncilVotingRules(2, 6));
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE council_id = ? AND action = 'motion.rules.voting'",
                        council.council.id()))
                .isEqualTo(1);

        // An empty value returns the rule to the platform's setting.
        VotingRulesService.Settings cleared = rules.change(council.admin, council.council.id(), null, null);
        assertThat(cleared.own()).isEqualTo(fr.convergences.motion.model.CouncilVotingRules.PLATFORM);
        assertThat(cleared.proxiesPerHolder()).isEqualTo(1);
        assertThat(cleared.smallGroup()).isEqualTo(5);
    }
}
