package fr.convergences.motion;

import fr.convergences.base.UserFacingException;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingPage;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Agenda items that are not motions (an information point, a hearing, questions diverses) take their rank among the
 * motions on the sitting's page, in the convocation and in its .ics; they are edited with the sitting, audited, and a bad
 * one changes nothing.
 */
class AgendaPointsIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final SittingService sittings = platform.bean(SittingService.class);
    private final TestSql sql = new TestSql(platform);

    private static void refused(String key, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }

    private static List<String> lines(SittingPage page) {
        return page.agenda().stream().map(line -> line.motionId() != null ? "motion " + line.motionId()
                : line.kind().name() + (line.title() == null ? "" : " " + line.title())).toList();
    }

    @Test
    void points_take_their_rank_among_the_motions_on_the_page_the_convocation_and_the_calendar_and_are_edited_with_the_sitting() {
        VotingFixture council = new VotingFixture(platform, 1, 0);
        long councilId = council.council.id();
        Motion first = council.publishedMotion(MotionKind.AVIS, List.of());
        Motion second = council.publishedMotion(MotionKind.DELIBERATION, List.of());
        LocalDateTime start = LocalDateTime.now(java.time.ZoneId.of("Europe/Paris")) // TestCouncils' territories are on Paris time
               .plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        List<AgendaPoint> points = List.of(new AgendaPoint(AgendaPoint.Kind.INFORMATION, "Point de l’ARS sur les urgences d’été", 1),
                new AgendaPoint(AgendaPoint.Kind.HEARING, "Audition de la CPTS du Val d’Yerres", 3),
                new AgendaPoint(AgendaPoint.Kind.MISCELLANEOUS, " ", null));
        long sittingsBefore = sql.count("SELECT count(*) FROM sitting WHERE council_id = ?", councilId);
        refused("motion.agenda.point.title.required", () -> sittings.convene(council.admin, councilId, new SittingForm("Séance", SittingMode.IN_PERSON,
                "Évry", null, start, 0, List.of(first.id()), "Saisine de l’ARS.", List.of(new AgendaPoint(AgendaPoint.Kind.HEARING, "", null)))));
        refused("text.singleLine", () -> sittings.convene(council.admin, councilId, new SittingForm("Séance", SittingMode.IN_PERSON,
                "Évry", null, start, 0, List.of(first.id()), "Saisine de l’ARS.", List.of(new AgendaPoint(AgendaPoint.Kind.INFORMATION, "Un\nDeux", 1)))));
        refused("motion.agenda.point.rankInvalid", () -> sittings.convene(council.admin, councilId, new SittingForm("Séance", SittingMode.IN_PERSON,
                "Évry", null, start, 0, List.of(first.id()), "Saisine de l’ARS.", List.of(new AgendaPoint(AgendaPoint.Kind.INFORMATION, "Zéro", 0)))));
        assertThat(sql.count("SELECT count(*) FROM sitting WHERE council_id = ?", councilId)).as("a bad point changes nothing").isEqualTo(sittingsBefore);

        Sitting sitting = sittings.convene(council.admin, councilId, new SittingForm("Séance avec auditions", SittingMode.IN_PERSON, "Évry", null,
                start, 0, List.of(first.id(), second.id()), "Saisine de l’ARS sous huit jours.", points));

        assertThat(lines(sittings.page(council.admin, sitting.id()))).containsExactly("INFORMATION Point de l’ARS sur les urgences d’été",
                "motion " + first.id(), "HEARING Audition de la CPTS du Val d’Yerres", "motion " + second.id(), "MISCELLANEOUS");
        platform.bean(fr.convergences.identity.notification.OutboxDelivery.class).runOnce(); // convocations leave through the outbox
        assertThat(sql.column("SELECT body FROM notification WHERE account_id = ? AND link = ?", council.titulars.getFirst().account().id(),
                "/seances/" + sitting.id())).as("the convocation, sent at once by the urgent procedure").singleElement().asString()
                .contains("1. Point d’information\u00a0: Point de l’ARS sur les urgences d’été", "2. " + first.title(),
                        "3. Audition\u00a0: Audition de la CPTS du Val d’Yerres", "4. " + second.title(), "5. Questions diverses");
        assertThat(sittings.calendar(sitting.id(), "https://cts.example.org").replace("\r\n ", ""))
                .contains("3. Audition\u00a0: Audition de la CPTS du Val d’Yerres", "5. Questions diverses");

        SittingForm form = sittings.form(council.admin, sitting.id());
        assertThat(form.motionIds()).containsExactly(first.id(), second.id());
        assertThat(form.points()).extracting(AgendaPoint::rank).containsExactly(1, 3, 5);
        sittings.edit(council.admin, sitting.id(), new SittingForm(form.title(), form.mode(), form.place(), form.onlineUrl(), form.startsAt(),
                form.noticeDays(), List.of(second.id(), first.id()), form.urgentReason(),
                List.of(form.points().get(0), new AgendaPoint(AgendaPoint.Kind.MISCELLANEOUS, "Calendrier des séances", 2))));

        assertThat(lines(sittings.page(council.admin, sitting.id()))).containsExactly("INFORMATION Point de l’ARS sur les urgences d’été",
                "MISCELLANEOUS Calendrier des séances", "motion " + second.id(), "motion " + first.id());
        assertThat(sql.column("SELECT before_json || ' -> ' || after_json FROM audit_entry WHERE council_id = ? AND action = 'motion.sitting.edit'",
                councilId)).singleElement().asString().contains("Audition de la CPTS du Val d’Yerres", "Calendrier des séances", "HEARING");
        assertThat(sql.column("SELECT after_json FROM audit_entry WHERE council_id = ? AND action = 'motion.sitting.convene'", councilId))
                .singleElement().asString().contains("INFORMATION", "Point de l’ARS sur les urgences d’été");
    }
}
