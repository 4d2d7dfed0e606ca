package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountService;
import fr.convergences.identity.Actor;
import fr.convergences.testing.SecondNode;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The rate limits, wired into the use cases, on a node of their own whose limits are small (the suite's shared platform
 * has them off): past the limit a contribution, a comment or a report is refused with a message saying when to try
 * again, and nothing is written; another person is not affected; reset mails to one address stop at the limit,
 * silently.
 */
class RateLimitsIT {

    private static final TestPlatform platform = TestPlatform.shared();
    private static SecondNode limited;

    @BeforeAll
    static void startLimitedNode() {
        limited = new SecondNode(
                platform,
                Map.of(
                        "convergences.rate-limit.enabled", true,
                        "convergences.rate-limit.contribution", "2/1h",
                        "convergences.rate-limit.comment", "2/1h",
                        "convergences.rate-limit.report", "1/1h",
                        "convergences.rate-limit.reset-mail", "3/1h"));
    }

    @AfterAll
    static void stopLimitedNode() {
        if (limited != null) {
            limited.close();
        }
    }

    @Test
    void past_its_limit_a_persons_contributions_comments_and_reports_are_refused_with_a_wait_and_nothing_is_written() {
        long council = new TestCouncils(platform).create().id();
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "C", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(9)));
        Actor eager = TestAccounts.actor(new TestAccounts(platform).create("Très active"));
        Actor other = TestAccounts.actor(new TestAccounts(platform).create("Autre personne"));
        ContributionService contributions = limited.bean(ContributionService.class);

        long first = contributions.submit(eager, consultation, form("Première")).id();
        contributions.submit(eager, consultation, form("Deuxième"));
        refusedWithWait(() -> contributions.submit(eager, consultation, form("Troisième")));
        assertThat(new TestSql(platform)
                        .count(
                                "SELECT count(*) FROM contribution WHERE consultation_id = ? AND title = 'Troisième'",
                                consultation))
                .as("nothing written")
                .isZero();
        assertThat(contributions
                        .submit(other, consultation, form("Une autre voix"))
                        .id())
                .as("another person is not limited")
                .isPositive();

        DiscussionService discussions = limited.bean(DiscussionService.class);
        discussions.comment(other, first, null, Stance.FOR, "Oui.");
        discussions.comment(other, first, null, Stance.FOR, "Oui, vraiment.");
        refusedWithWait(() -> discussions.comment(other, first, null, Stance.FOR, "Encore oui."));

        ModerationService moderation = limited.bean(ModerationService.class);
        Actor reporter = TestAccounts.actor(new TestAccounts(platform).createEstablished("Signaleuse"));
        moderation.report(reporter, first, "Hors sujet");
        long second = contributions
                .submit(
                        TestAccounts.actor(new TestAccounts(platform).create("Troisième voix")),
                        consultation,
                        form("Encore une"))
                .id();
        refusedWithWait(() -> moderation.report(reporter, second, "Hors sujet aussi"));
    }

    @Test
    void reset_mails_to_one_address_stop_at_the_limit_whoever_asks() throws Exception {
        Account account = new TestAccounts(platform).create("Boîte pleine");
        AccountService accounts = limited.bean(AccountService.class);
        for (int i = 0; i < 5; i++) {
            accounts.requestPasswordReset(account.email());
        }
        // Sent after the answer, one at a time: wait for the third, then give the rest the time to (not) arrive.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (platform.mailbox().to(account.email()).size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Account marker = new TestAccounts(platform).create("Témoin de file");
        accounts.requestPasswordReset(marker.email());
        while (platform.mailbox().to(marker.email()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(platform.mailbox().to(marker.email()))
                .as("the queue has run to its end")
                .hasSize(1);
        assertThat(platform.mailbox().to(account.email()))
                .as("reset mails to one address in an hour")
                .hasSize(3);
    }

    private static ContributionForm form(String title) {
        return new ContributionForm(
                ContributionKind.PROPOSAL, title, "Un texte pour « " + title + " ».", Set.of(), null);
    }

    private static void refusedWithWait(Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .satisfies(refusal -> {
                    assertThat(((UserFacingException) refusal).messageKey()).isEqualTo("identity.rateLimit.refused");
                    assertThat(((UserFacingException) refusal).arguments()).containsExactly(60L);
                });
    }
}
