package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.identity.notification.FollowedKind;
import fr.convergences.identity.notification.Follows;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.project.diagnostic.Diagnostic;
import fr.convergences.project.diagnostic.DiagnosticService;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Publishing a diagnostic tells, through the notification outbox, the people behind the needs it names (the authors of
 * its convergence's contributions and whoever follows that convergence), once, and nobody else.
 */
class DiagnosticNotificationIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final TestSql sql = new TestSql(platform);

    @Test
    void publishing_a_diagnostic_tells_the_people_behind_its_needs_through_the_outbox_once() {
        DiagnosticFixture council = new DiagnosticFixture(platform);
        ProjectFixture fixture = council.project;
        TestAccounts accounts = new TestAccounts(platform);
        Account follower = accounts.create("Suit le besoin");
        Account stranger = accounts.create("Sans rapport");
        platform.bean(Follows.class)
                .follow(TestAccounts.actor(follower), FollowedKind.CONVERGENCE, council.convergence);
        DiagnosticService diagnostics = platform.bean(DiagnosticService.class);
        Diagnostic diagnostic = diagnostics.open(
                fixture.admin,
                fixture.councilId(),
                council.consultation.consultation,
                "Diagnostic territorial de santé du sud",
                "Introduction.");
        diagnostics.build(fixture.admin, diagnostic.id());
        diagnostics.adopt(fixture.admin, diagnostic.id(), fixture.adoptedMotion(MotionKind.DELIBERATION));
        long version = diagnostics.publish(fixture.admin, diagnostic.id()).id();

        String link = "/conseils/" + council.slug() + "/diagnostic/1";
        assertThat(sql.count(
                        "SELECT count(*) FROM notification_job WHERE event_key = ? AND link = ?",
                        "diagnostic-published:" + version,
                        link))
                .as("the publication recorded one outbox job, left to the background delivery")
                .isEqualTo(1);
        List<Long> told = new ArrayList<>(sql.column("""
                SELECT c.author_account_id FROM convergence_member m JOIN contribution c ON c.id = m.contribution_id
                WHERE m.convergence_id = ? AND c.author_account_id IS NOT NULL
                UNION SELECT s.account_id FROM convergence_member m JOIN contribution_support s ON s.contribution_id = m.contribution_id
                WHERE m.convergence_id = ?""", council.convergence, council.convergence).stream()
                .map(id -> ((Number) id).longValue())
                .toList());
        assertThat(told).contains(council.consultation.doctorAuthors.getFirst().accountId());
        told.add(follower.id());
        OutboxDelivery delivery = platform.bean(OutboxDelivery.class);
        for (int tries = 0;
                tries < 20 && sql.count("SELECT count(*) FROM notification WHERE link = ?", link) < told.size();
                tries++) {
            delivery.runOnce();
        }
        delivery.runOnce();

        for (long account : told) {
            assertThat(sql.column(
                            "SELECT title FROM notification WHERE account_id = ? AND kind = 'FOLLOW_UP' AND link = ?",
                            account,
                            link))
                    .as("account %d", account)
                    .singleElement()
                    .asString()
                    .contains("Diagnostic territorial publié", "Diagnostic territorial de santé du sud", "version 1");
        }
        assertThat(sql.count(
                        "SELECT count(*) FROM notification WHERE account_id = ? AND link = ?", stranger.id(), link))
                .isZero();
    }
}
