package fr.convergences.contribution;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A fresh council with a moderator, an open consultation and its contributions, for the moderation tests. */
final class ModerationTestData {

    final TestPlatform platform = TestPlatform.shared();
    final TestAccounts accounts = new TestAccounts(platform);
    final TestSql sql = new TestSql(platform);
    final long council;
    final long consultation;
    final Actor moderator;

    ModerationTestData() {
        this(new TestCouncils(TestPlatform.shared()).create().id());
    }

    ModerationTestData(long council) {
        this.council = council;
        Account account = accounts.create("Modératrice");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, account.id(), council, CouncilRole.MODERATOR));
        moderator = TestAccounts.actor(account);
        consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "C", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(1)));
    }

    Actor person(String name) {
        return TestAccounts.actor(accounts.create(name));
    }

    long contribution(Actor author, String title, String body) {
        return platform.bean(ContributionService.class)
                .submit(
                        author,
                        consultation,
                        new ContributionForm(ContributionKind.TESTIMONY, title, body, Set.of(), null))
                .id();
    }

    Contribution find(long contribution) {
        return platform.bean(ContributionRepository.class)
                .findById(contribution)
                .orElseThrow();
    }

    /** The id of the latest decision on the contribution (or on one of its comments). */
    long latestDecision(long contribution) {
        return ((Number) sql.column("SELECT max(id) FROM moderation_decision WHERE contribution_id = ?", contribution)
                        .getFirst())
                .longValue();
    }

    /** What a table holds, as text: equal digests mean nothing changed. */
    String digest(String table) {
        return (String)
                sql.column("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM " + table + " t")
                        .getFirst();
    }

    /** Every table a moderation call may write, the outbox included; delivered first, since its delivery runs in the background. */
    String everything() {
        fr.convergences.testing.TestOutbox.deliverAll(platform);
        return String.join(
                ",",
                digest("contribution"),
                digest("contribution_comment"),
                digest("contribution_revision"),
                digest("contribution_addendum"),
                digest("contribution_report"),
                digest("comment_report"),
                digest("moderation_decision"),
                digest("moderation_appeal"),
                digest("council_suspension"),
                digest("audit_entry"),
                digest("notification"),
                digest("contribution_support"),
                digest("notification_job"));
    }

    static String key(Throwable refusal) {
        return ((UserFacingException) refusal).messageKey();
    }
}
