package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.territory.council.BureauPosition;
import fr.convergences.territory.council.BureauService;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A member tables a motion and an amendment; the bureau publishes one and declines the other with a reason the member is told. */
class TablingIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final MotionService motions = platform.bean(MotionService.class);

    private static void refused(String key, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    private static MotionForm form(String title) {
        return new MotionForm(
                null,
                MotionKind.AVIS,
                title,
                "Le conseil demande…",
                "Parce que…",
                List.of(),
                List.of(),
                Set.of(),
                Set.of());
    }

    @Test
    void a_member_tables_a_motion_and_an_amendment_and_is_told_why_the_bureau_declines_one() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        long councilId = council.council.id();
        VotingFixture.Member member = council.titulars.getFirst();
        Motion published = council.publishedMotion(MotionKind.AVIS, List.of());
        VotingFixture.Member president = council.titulars.get(1);
        platform.bean(BureauService.class).assign(council.admin, councilId, president.seat(), BureauPosition.PRESIDENT);

        Motion tabled = motions.table(member.actor(), councilId, form("Des consultations de PMI le samedi"), null);
        Motion amendment =
                motions.table(member.actor(), councilId, form("Amendement : ajouter le dimanche"), published.id());
        assertThat(tabled.status()).isEqualTo(MotionStatus.DRAFT);
        assertThat(motions.page(member.actor(), tabled.id()).tabledBy())
                .isEqualTo(member.mandate().personName());
        assertThat(motions.page(member.actor(), amendment.id()).amends().id()).isEqualTo(published.id());
        assertThat(motions.decisions(member.actor(), councilId))
                .extracting(Motion::id)
                .contains(tabled.id(), amendment.id(), published.id());
        assertThat(motions.decisions(council.titulars.get(1).actor(), councilId))
                .extracting(Motion::id)
                .as("another member does not see a proposal the bureau has not taken up")
                .doesNotContain(tabled.id());

        platform.bean(OutboxDelivery.class).runOnce();
        TestSql sql = new TestSql(platform);
        for (long bureau :
                List.of(council.admin.accountId(), president.account().id())) {
            assertThat(sql.column(
                            "SELECT title || ' | ' || body FROM notification WHERE account_id = ? AND link = ?",
                            bureau,
                            "/motions/" + tabled.id()))
                    .as("the bureau (admin, president) is told of the proposal")
                    .singleElement()
                    .asString()
                    .startsWith("Motion proposée par un membre")
                    .contains(member.mandate().personName(), "Des consultations de PMI le samedi");
            assertThat(sql.column(
                            "SELECT body FROM notification WHERE account_id = ? AND link = ?",
                            bureau,
                            "/motions/" + amendment.id()))
                    .singleElement()
                    .asString()
                    .contains("amendement", published.title());
        }
        assertThat(sql.count(
                        "SELECT count(*) FROM notification WHERE account_id = ? AND link = ?",
                        member.account().id(),
                        "/motions/" + tabled.id()))
                .as("the member is not told of their own proposal")
                .isZero();

        refused(
                "motion.table.consultative",
                () -> motions.table(council.adviser.actor(), councilId, form("Avis d’expert"), null));
        refused(
                "motion.table.amendClosed",
                () -> motions.table(member.actor(), councilId, form("Amender un brouillon"), tabled.id()));

        motions.publish(council.admin, tabled.id());
        motions.cancel(council.admin, amendment.id(), "Le bureau préfère une motion distincte sur le dimanche.");
        platform.bean(OutboxDelivery.class).runOnce();
        assertThat(new TestSql(platform)
                        .column(
                                "SELECT title || ' | ' || body FROM notification WHERE account_id = ? AND link = ?",
                                member.account().id(),
                                "/motions/" + amendment.id()))
                .singleElement()
                .asString()
                .startsWith("Proposition non retenue")
                .contains("Le bureau préfère une motion distincte sur le dimanche.");
        assertThat(motions.page(member.actor(), amendment.id()).cancelReason())
                .isEqualTo("Le bureau préfère une motion distincte sur le dimanche.");
        assertThat(new TestSql(platform)
                        .column(
                                "SELECT action FROM audit_entry WHERE council_id = ? AND subject_id = ? ORDER BY seq",
                                councilId,
                                String.valueOf(amendment.id())))
                .containsExactly("motion.table", "motion.cancel");
    }
}
