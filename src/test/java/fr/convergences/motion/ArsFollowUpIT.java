package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.motion.application.ArsFollowUpService;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.ArsReply;
import fr.convergences.motion.model.ArsReplyKind;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The agency's follow-up of an avis is a register: replies accumulate, each with its date and kind, and none is ever overwritten. */
class ArsFollowUpIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ArsFollowUpService followUp = platform.bean(ArsFollowUpService.class);
    private final TestSql sql = new TestSql(platform);

    private long adopted(VotingFixture council, MotionKind kind) {
        VotingSession session = council.openOnline(BallotKind.ROLL_CALL, kind, VotingMethod.FOR_AGAINST, List.of());
        BallotService ballots = platform.bean(BallotService.class);
        council.titulars.forEach(titular ->
                ballots.cast(titular.actor(), session.id(), titular.seat(), new BallotChoice.ForAgainst(Vote.FOR)));
        platform.bean(VotingSessionService.class).close(council.admin, session.id());
        return session.motionId();
    }

    @Test
    void replies_accumulate_in_date_order_and_the_table_refuses_to_change_one() {
        VotingFixture council = new VotingFixture(platform, 3, 0);
        long avis = adopted(council, MotionKind.AVIS);
        // The council's day (its territory is on Paris time), not the test machine's: they differ around midnight.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

        refused(
                "motion.followUp.notSentYet",
                () -> followUp.recordReply(council.admin, avis, today, ArsReplyKind.ACCEPTED, "Oui."));
        followUp.recordSending(council.admin, avis, today.minusDays(40), today.plusDays(20));
        refused("motion.followUp.kindRequired", () -> followUp.recordReply(council.admin, avis, today, null, "Oui."));
        refused(
                "motion.followUp.reply.required",
                () -> followUp.recordReply(council.admin, avis, today, ArsReplyKind.REFUSED, " "));
        refused(
                "motion.followUp.replyDate",
                () -> followUp.recordReply(council.admin, avis, today.minusDays(41), ArsReplyKind.PARTLY, "Tôt."));
        refused(
                "motion.followUp.replyDate",
                () -> followUp.recordReply(council.admin, avis, today.plusDays(1), ArsReplyKind.PARTLY, "Tard."));
        refused(
                "motion.followUp.dates",
                () -> followUp.recordSending(council.admin, avis, today.minusDays(1), today.minusDays(2)));
        assertThatThrownBy(() -> followUp.recordReply(
                        council.titulars.getFirst().actor(), avis, today, ArsReplyKind.ACCEPTED, "Oui."))
                .isInstanceOf(AccessDeniedException.class);

        followUp.recordReply(
                council.admin,
                avis,
                today.minusDays(10),
                ArsReplyKind.PARTLY,
                "L’agence retient la régulation de nuit.");
        followUp.recordReply(council.admin, avis, today.minusDays(30), ArsReplyKind.NONE, null);
        ArsReply last = followUp.recordReply(
                council.admin, avis, today, ArsReplyKind.ACCEPTED, "Les consultations du samedi sont financées.");

        ArsFollowUpService.Register register = followUp.register(avis);
        assertThat(register.sentOn()).isEqualTo(today.minusDays(40));
        assertThat(register.replyDueOn()).isEqualTo(today.plusDays(20));
        assertThat(register.replies())
                .extracting(ArsReply::kind)
                .containsExactly(ArsReplyKind.NONE, ArsReplyKind.PARTLY, ArsReplyKind.ACCEPTED);
        assertThat(sql.column(
                        "SELECT action FROM audit_entry WHERE council_id = ? AND action LIKE 'motion.followUp%' ORDER BY seq",
                        council.council.id()))
                .containsExactly(
                        "motion.followUp.sent",
                        "motion.followUp.reply",
                        "motion.followUp.reply",
                        "motion.followUp.reply");
        assertThatThrownBy(() -> sql.update("UPDATE motion_ars_reply SET text = 'Réécrit' WHERE id = ?", last.id()))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql.update("DELETE FROM motion_ars_reply WHERE id = ?", last.id()))
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void only_an_adopted_avis_has_a_follow_up() {
        VotingFixture council = new VotingFixture(platform, 3, 0);
        long deliberation = adopted(council, MotionKind.DELIBERATION);
        refused(
                "motion.followUp.adoptedAvisOnly",
                () -> followUp.recordSending(
                        council.admin, deliberation, LocalDate.now(ZoneId.of("Europe/Paris")), null));
    }

    private void refused(String key, Executable call) {
        long before = sql.count("SELECT count(*) FROM motion_ars_reply")
                + sql.count("SELECT count(*) FROM audit_entry")
                + sql.count("SELECT count(*) FROM motion WHERE ars_sent_on IS NOT NULL");
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
        assertThat(sql.count("SELECT count(*) FROM motion_ars_reply")
                        + sql.count("SELECT count(*) FROM audit_entry")
                        + sql.count("SELECT count(*) FROM motion WHERE ars_sent_on IS NOT NULL"))
                .as("a refusal changes nothing")
                .isEqualTo(before);
    }
}
