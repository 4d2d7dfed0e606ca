package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SittingDetails;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.DocumentLink;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Agenda items that are not motions (an information point, a hearing, questions diverses) take their rank among the
 * motions on the sitting's page, in the convocation and in its .ics; they are edited with the sitting, audited, and a bad
 * one changes nothing. A point's documents (links, under a motion's attachments' rule) and a motion's attachments show
 * with their line on the page and in the convocation (the minutes: SittingMinutesIT).
 */
class AgendaPointsIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final SittingService sittings = platform.bean(SittingService.class);
    private final TestSql sql = new TestSql(platform);

    private static void refused(String key, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    private static List<String> lines(SittingDetails page) {
        return page.agenda().stream()
                .map(line -> line.motionId() != null
                        ? "motion " + line.motionId()
                        : line.kind().name() + (line.title() == null ? "" : " " + line.title()))
                .toList();
    }

    @Test
    void
            points_take_their_rank_among_the_motions_on_the_page_the_convocation_and_the_calendar_and_are_edited_with_the_sitting() {
        VotingFixture council = new VotingFixture(platform, 1, 0);
        long councilId = council.council.id();
        Motion first = council.publishedMotion(MotionKind.AVIS, List.of());
        Motion second = council.publishedMotion(MotionKind.DELIBERATION, List.of());
        LocalDateTime start = LocalDateTime.now(
                        java.time.ZoneId.of("Europe/Paris")) // TestCouncils' territories are on Paris time
                .plusDays(2)
                .truncatedTo(ChronoUnit.MINUTES);
        List<AgendaPoint> points = List.of(
                new AgendaPoint(AgendaPoint.Kind.INFORMATION, "Point de l’ARS sur les urgences d’été", 1),
                new AgendaPoint(AgendaPoint.Kind.HEARING, "Audition de la CPTS du Val d’Yerres", 3),
                new AgendaPoint(AgendaPoint.Kind.MISCELLANEOUS, " ", null));
        long sittingsBefore = sql.count("SELECT count(*) FROM sitting WHERE council_id = ?", councilId);
        refused(
                "motion.agenda.point.title.required",
                () -> sittings.convene(
                        council.admin,
                        councilId,
                        new SittingForm(
                                "Séance",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                start,
                                0,
                                List.of(first.id()),
                                "Saisine de l’ARS.",
                                List.of(new AgendaPoint(AgendaPoint.Kind.HEARING, "", null)))));
        refused(
                "text.singleLine",
                () -> sittings.convene(
                        council.admin,
                        councilId,
                        new SittingForm(
                                "Séance",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                start,
                                0,
                                List.of(first.id()),
                                "Saisine de l’ARS.",
                                List.of(new AgendaPoint(AgendaPoint.Kind.INFORMATION, "Un\nDeux", 1)))));
        refused(
                "motion.agenda.point.rankInvalid",
                () -> sittings.convene(
                        council.admin,
                        councilId,
                        new SittingForm(
                                "Séance",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                start,
                                0,
                                List.of(first.id()),
                                "Saisine de l’ARS.",
                                List.of(new AgendaPoint(AgendaPoint.Kind.INFORMATION, "Zéro", 0)))));
        assertThat(sql.count("SELECT count(*) FROM sitting WHERE council_id = ?", councilId))
                .as("a bad point changes nothing")
                .isEqualTo(sittingsBefore);

        Sitting sitting = sittings.convene(
                council.admin,
                councilId,
                new SittingForm(
                        "Séance avec auditions",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        start,
                        0,
                        List.of(first.id(), second.id()),
                        "Saisine de l’ARS sous huit jours.",
                        points));

        assertThat(lines(sittings.page(council.admin, sitting.id())))
                .containsExactly(
                        "INFORMATION Point de l’ARS sur les urgences d’été",
                        "motion " + first.id(),
                        "HEARING Audition de la CPTS du Val d’Yerres",
                        "motion " + second.id(),
                        "MISCELLANEOUS");
        platform.bean(fr.convergences.identity.notification.OutboxDelivery.class)
                .runOnce(); // convocations leave through the outbox
        assertThat(sql.column(
                        "SELECT body FROM notification WHERE account_id = ? AND link = ?",
                        council.titulars.getFirst().account().id(),
                        "/seances/" + sitting.id()))
                .as("the convocation, sent at once by the urgent procedure")
                .singleElement()
                .asString()
                .contains(
                        "1. Point d’information\u00a0: Point de l’ARS sur les urgences d’été",
                        "2. " + first.title(),
                        "3. Audition\u00a0: Audition de la CPTS du Val d’Yerres",
                        "4. " + second.title(),
                        "5. Questions diverses");
        assertThat(sittings.calendar(sitting.id(), "https://cts.example.org").replace("\r\n ", ""))
                .contains("3. Audition\u00a0: Audition de la CPTS du Val d’Yerres", "5. Questions diverses");

        SittingForm form = sittings.form(council.admin, sitting.id());
        assertThat(form.motionIds()).containsExactly(first.id(), second.id());
        assertThat(form.points()).extracting(AgendaPoint::rank).containsExactly(1, 3, 5);
        sittings.edit(
                council.admin,
                sitting.id(),
                new SittingForm(
                        form.title(),
                        form.mode(),
                        form.place(),
                        form.onlineUrl(),
                        form.startsAt(),
                        form.noticeDays(),
                        List.of(second.id(), first.id()),
                        form.urgentReason(),
                        List.of(
                                form.points().get(0),
                                new AgendaPoint(AgendaPoint.Kind.MISCELLANEOUS, "Calendrier des séances", 2))));

        assertThat(lines(sittings.page(council.admin, sitting.id())))
                .containsExactly(
                        "INFORMATION Point de l’ARS sur les urgences d’été",
                        "MISCELLANEOUS Calendrier des séances",
                        "motion " + second.id(),
                        "motion " + first.id());
        assertThat(sql.column(
                        "SELECT before_json || ' -> ' || after_json FROM audit_entry WHERE council_id = ? AND action = 'motion.sitting.edit'",
                        councilId))
                .singleElement()
                .asString()
                .contains("Audition de la CPTS du Val d’Yerres", "Calendrier des séances", "HEARING");
        assertThat(sql.column(
                        "SELECT after_json FROM audit_entry WHERE council_id = ? AND action = 'motion.sitting.convene'",
                        councilId))
                .singleElement()
                .asString()
                .contains("INFORMATION", "Point de l’ARS sur les urgences d’été");
    }

    @Test
    void a_points_documents_and_a_motions_attachments_show_with_their_line_and_a_bad_link_changes_nothing() {
        VotingFixture council = new VotingFixture(platform, 1, 0);
        long councilId = council.council.id();
        MotionService motions = platform.bean(MotionService.class);
        Motion motion = motions.publish(
                council.admin,
                motions.draft(
                                council.admin,
                                councilId,
                                new MotionForm(
                                        null,
                                        MotionKind.AVIS,
                                        "Avis sur le plan urgences",
                                        "Le conseil rend un avis.",
                                        "Parce que.",
                                        List.of(),
                                        List.of(new MotionForm.AttachmentLink(
                                                "Plan urgences de l’ARS", "https://ars.example.org/plan.pdf")),
                                        Set.of(),
                                        Set.of()))
                        .id());
        LocalDateTime start = LocalDateTime.now(java.time.ZoneId.of("Europe/Paris"))
                .plusDays(2)
                .truncatedTo(ChronoUnit.MINUTES);
        long sittingsBefore = sql.count("SELECT count(*) FROM sitting WHERE council_id = ?", councilId);
        refused(
                "motion.attachment.url.invalid",
                () -> sittings.convene(
                        council.admin,
                        councilId,
                        new SittingForm(
                                "Séance",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                start,
                                0,
                                List.of(motion.id()),
                                "Saisine de l’ARS.",
                                List.of(new AgendaPoint(
                                        AgendaPoint.Kind.INFORMATION,
                                        "Rapport",
                                        1,
                                        List.of(new DocumentLink("Rapport", "javascript:alert(1)")))))));
        refused(
                "motion.agenda.point.documents.tooMany",
                () -> sittings.convene(
                        council.admin,
                        councilId,
                        new SittingForm(
                                "Séance",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                start,
                                0,
                                List.of(motion.id()),
                                "Saisine de l’ARS.",
                                List.of(new AgendaPoint(
                                        AgendaPoint.Kind.INFORMATION,
                                        "Rapport",
                                        1,
                                        java.util.stream.IntStream.rangeClosed(0, DocumentLink.MAX_PER_POINT)
                                                .mapToObj(i -> new DocumentLink(
                                                        "Annexe " + i, "https://ars.example.org/annexe-" + i + ".pdf"))
                                                .toList())))));
        assertThat(sql.count("SELECT count(*) FROM sitting WHERE council_id = ?", councilId))
                .as("a bad link changes nothing")
                .isEqualTo(sittingsBefore);

        Sitting sitting = sittings.convene(
                council.admin,
                councilId,
                new SittingForm(
                        "Séance des urgences",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        start,
                        0,
                        List.of(motion.id()),
                        "Saisine de l’ARS sous huit jours.",
                        List.of(new AgendaPoint(
                                AgendaPoint.Kind.INFORMATION,
                                "Bilan de l’été",
                                1,
                                List.of(
                                        new DocumentLink("Bilan des urgences", "https://ars.example.org/bilan.pdf"),
                                        new DocumentLink(" ", "https://ars.example.org/annexe.pdf"))))));

        List<SittingDetails.AgendaLine> agenda =
                sittings.page(council.admin, sitting.id()).agenda();
        fr.convergences.testing.TestOutbox.deliverAll(platform); // convocations leave through the outbox
        assertThat(agenda.get(0).documents())
                .containsExactly(
                        new DocumentLink("Bilan des urgences", "https://ars.example.org/bilan.pdf"),
                        new DocumentLink("https://ars.example.org/annexe.pdf", "https://ars.example.org/annexe.pdf"));
        assertThat(agenda.get(1).documents())
                .as("the motion's attachments")
                .containsExactly(new DocumentLink("Plan urgences de l’ARS", "https://ars.example.org/plan.pdf"));
        assertThat(sql.column(
                        "SELECT body FROM notification WHERE account_id = ? AND link = ?",
                        council.titulars.getFirst().account().id(),
                        "/seances/" + sitting.id()))
                .as("the convocation lists each line's documents")
                .singleElement()
                .asString()
                .contains(
                        "Bilan de l’été (documents\u00a0: Bilan des urgences — https://ars.example.org/bilan.pdf, https://ars.example.org/annexe.pdf")
                .contains(
                        "Avis sur le plan urgences (documents\u00a0: Plan urgences de l’ARS — https://ars.example.org/plan.pdf)");

        SittingForm form = sittings.form(council.admin, sitting.id());
        assertThat(form.points().getFirst().documents())
                .as("read back for editing")
                .hasSize(2);
        sittings.edit(
                council.admin,
                sitting.id(),
                new SittingForm(
                        form.title(),
                        form.mode(),
                        form.place(),
                        form.onlineUrl(),
                        form.startsAt(),
                        form.noticeDays(),
                        form.motionIds(),
                        form.urgentReason(),
                        List.of(new AgendaPoint(
                                AgendaPoint.Kind.INFORMATION,
                                "Bilan de l’été",
                                2,
                                List.of(new DocumentLink("Bilan révisé", "https://ars.example.org/bilan-2.pdf"))))));
        assertThat(sittings.page(council.admin, sitting.id()).agenda().get(1).documents())
                .as("the documents move with their point")
                .containsExactly(new DocumentLink("Bilan révisé", "https://ars.example.org/bilan-2.pdf"));
        assertThat(sql.count("SELECT count(*) FROM sitting_agenda_document WHERE sitting_id = ?", sitting.id()))
                .isEqualTo(1);
        assertThat(sql.column(
                        "SELECT after_json FROM audit_entry WHERE council_id = ? AND action = 'motion.sitting.edit'",
                        councilId))
                .singleElement()
                .asString()
                .contains("Bilan révisé https://ars.example.org/bilan-2.pdf");
    }
}
