package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Editing, duplicating and cancelling motions and sittings before their vote, against the real database and outbox. */
class DraftChangesIT {

    private static TestPlatform platform;
    private static MotionService motions;
    private static SittingService sittings;
    private static TestSql sql;

    @BeforeAll
    static void setUp() {
        platform = TestPlatform.shared();
        motions = platform.bean(MotionService.class);
        sittings = platform.bean(SittingService.class);
        sql = new TestSql(platform);
    }

    private static void refused(String key, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    private static List<Object> actions(long councilId) {
        return sql.column("SELECT action FROM audit_entry WHERE council_id = ? ORDER BY seq", councilId);
    }

    private static List<Object> titlesTold(long accountId, long sittingId) {
        fr.convergences.testing.TestOutbox.deliverAll(platform);
        return sql.column(
                "SELECT title || ' | ' || body FROM notification WHERE account_id = ? AND link = ? ORDER BY id",
                accountId,
                "/seances/" + sittingId);
    }

    @Test
    void a_draft_is_edited_duplicated_and_cancelled_with_its_reason_each_change_in_the_journal() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        Motion draft = motions.draft(
                council.admin,
                council.council.id(),
                new MotionForm(
                        null,
                        MotionKind.ARBITRATION,
                        "Deux options",
                        "Le conseil choisit…",
                        "Parce que…",
                        List.of("Option A", "Option B"),
                        List.of(),
                        Set.of(),
                        Set.of()));
        motions.update(
                council.admin,
                draft.id(),
                new MotionForm(
                        null,
                        MotionKind.ARBITRATION,
                        "Deux options, revues",
                        "Le conseil choisit…",
                        "Parce que…",
                        List.of("Option A", "Option C"),
                        List.of(new MotionForm.AttachmentLink("Note", "https://example.org/note.pdf")),
                        Set.of(),
                        Set.of()));

        Motion copy = motions.duplicate(council.admin, draft.id());
        assertThat(copy.id()).isNotEqualTo(draft.id());
        assertThat(copy.status()).isEqualTo(MotionStatus.DRAFT);
        MotionForm copied = motions.form(council.admin, copy.id());
        assertThat(copied.title()).isEqualTo("Deux options, revues");
        assertThat(copied.options()).containsExactly("Option A", "Option C");
        assertThat(copied.attachments())
                .extracting(MotionForm.AttachmentLink::url)
                .containsExactly("https://example.org/note.pdf");

        Actor member = council.titulars.getFirst().actor();
        assertThatThrownBy(() -> motions.cancel(member, draft.id(), "Pas d’accord"))
                .isInstanceOf(AccessDeniedException.class);
        refused("motion.cancel.reason.required", () -> motions.cancel(council.admin, draft.id(), "   "));
        assertThat(motions.page(council.admin, draft.id()).motion().status()).isEqualTo(MotionStatus.DRAFT);

        Motion cancelled = motions.cancel(
                council.admin, draft.id(), "Remplacée par une version commune avec le collège des usagers.");
        assertThat(cancelled.status()).isEqualTo(MotionStatus.CANCELLED);
        assertThat(motions.page(council.admin, draft.id()).cancelReason())
                .isEqualTo("Remplacée par une version commune avec le collège des usagers.");
        refused("motion.unknown", () -> motions.page(member, draft.id()));
        refused("motion.cancelled.already", () -> motions.publish(council.admin, draft.id()));
        refused("motion.cancelled.already", () -> motions.cancel(council.admin, draft.id(), "Encore"));
        assertThat(motions.decisions(member, council.council.id()))
                .extracting(Motion::id)
                .doesNotContain(draft.id(), copy.id());
        assertThat(actions(council.council.id()))
                .containsSubsequence("motion.draft", "motion.update", "motion.duplicate", "motion.cancel");
    }

    @Test
    void a_published_motion_is_cancelled_only_off_the_agenda_and_before_any_vote_and_stays_public_as_cancelled() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        Motion onAgenda = council.publishedMotion(MotionKind.AVIS, List.of());
        Motion planned = council.publishedMotion(MotionKind.DELIBERATION, List.of());
        platform.bean(VotingSessionService.class)
                .plan(
                        council.admin,
                        planned.id(),
                        SessionForm.online(BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST, null));
        Sitting sitting = sittings.convene(
                council.admin,
                council.council.id(),
                new SittingForm(
                        "Séance de décembre",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        LocalDateTime.now().plusDays(10),
                        5,
                        List.of(onAgenda.id())));

        refused("motion.cancel.voted", () -> motions.cancel(council.admin, planned.id(), "Trop tard"));
        refused("motion.cancel.onAgenda", () -> motions.cancel(council.admin, onAgenda.id(), "Retirée"));
        sittings.edit(
                council.admin,
                sitting.id(),
                new SittingForm(
                        "Séance de décembre",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        LocalDateTime.now().plusDays(10),
                        5,
                        List.of()));
        motions.cancel(council.admin, onAgenda.id(), "Retirée par le bureau.");

        Actor member = council.titulars.getFirst().actor();
        assertThat(motions.decisions(member, council.council.id()))
                .extracting(Motion::id)
                .contains(onAgenda.id());
        assertThat(motions.page(member, onAgenda.id()).cancelReason()).isEqualTo("Retirée par le bureau.");
    }

    @Test
    void a_sitting_is_edited_and_cancelled_before_it_starts_and_members_already_convened_are_told_each_time() {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        Motion motion = council.publishedMotion(MotionKind.AVIS, List.of());
        VotingFixture.Member member = council.titulars.getFirst();

        Sitting later = sittings.convene(
                council.admin,
                council.council.id(),
                new SittingForm(
                        "Séance ordinaire",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        LocalDateTime.now().plusDays(20),
                        5,
                        List.of(motion.id())));
        Sitting edited = sittings.edit(
                council.admin,
                later.id(),
                new SittingForm(
                        "Séance ordinaire de janvier",
                        SittingMode.HYBRID,
                        "Corbeil",
                        "https://visio.example.org/cts",
                        LocalDateTime.now().plusDays(21),
                        5,
                        List.of(motion.id())));
        assertThat(edited.title()).isEqualTo("Séance ordinaire de janvier");
        assertThat(edited.convocationSentAt()).as("not due yet").isNull();
        assertThat(titlesTold(member.account().id(), later.id()))
                .as("nobody was convened yet, nobody is told")
                .isEmpty();
        refused(
                "motion.sitting.notice.tooShort",
                () -> sittings.edit(
                        council.admin,
                        later.id(),
                        new SittingForm(
                                "Séance ordinaire de janvier",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                LocalDateTime.now().plusDays(2),
                                5,
                                List.of())));
        assertThat(sittings.form(council.admin, later.id()).place())
                .as("a refused edit changes nothing")
                .isEqualTo("Corbeil");
        assertThatThrownBy(() -> sittings.cancel(member.actor(), later.id(), "Non"))
                .isInstanceOf(AccessDeniedException.class);

        Sitting urgent = sittings.convene(
                council.admin,
                council.council.id(),
                new SittingForm(
                        "Séance urgente",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        LocalDateTime.now().plusDays(1),
                        0,
                        List.of(),
                        "Avis attendu par l’ARS."));
        assertThat(urgent.convocationSentAt()).isNotNull();
        sittings.edit(
                council.admin,
                urgent.id(),
                new SittingForm(
                        "Séance urgente",
                        SittingMode.IN_PERSON,
                        "Salle du conseil, Évry",
                        null,
                        LocalDateTime.now().plusDays(2),
                        0,
                        List.of(motion.id()),
                        "Avis attendu par l’ARS."));
        assertThat(titlesTold(member.account().id(), urgent.id()))
                .anySatisfy(text -> assertThat(text.toString())
                        .startsWith("Convocation modifiée")
                        .contains("Salle du conseil, Évry")
                        .contains("1. Motion AVIS"));

        sittings.cancel(council.admin, urgent.id(), "L’ARS a prolongé le délai de l’avis.");
        assertThat(titlesTold(member.account().id(), urgent.id()))
                .anySatisfy(text -> assertThat(text.toString())
                        .startsWith("Séance annulée")
                        .contains("L’ARS a prolongé le délai de l’avis."));
        refused(
                "motion.sitting.cancelled.already",
                () -> sittings.edit(council.admin, urgent.id(), sittings.form(council.admin, urgent.id())));
        refused("motion.sitting.cancelled.already", () -> sittings.declareAbsence(member.actor(), urgent.id()));
        assertThat(sittings.cancellation(urgent.id())).contains("L’ARS a prolongé le délai de l’avis.");
        assertThat(actions(council.council.id()))
                .containsSubsequence(
                        "motion.sitting.convene",
                        "motion.sitting.edit",
                        "motion.sitting.convene",
                        "motion.sitting.edit",
                        "motion.sitting.cancel");
    }
}
