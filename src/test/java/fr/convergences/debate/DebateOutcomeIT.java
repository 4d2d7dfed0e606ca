package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.mediation.AgeBand;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.debate.calendar.DebateCalendar;
import fr.convergences.debate.outcome.DebateOutcomeService;
import fr.convergences.debate.paperform.Capture;
import fr.convergences.debate.paperform.FormNumber;
import fr.convergences.debate.paperform.PaperFormBatch;
import fr.convergences.debate.paperform.PaperForms;
import fr.convergences.debate.registration.DebateReminders;
import fr.convergences.debate.registration.RegistrantErasure;
import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.Account;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After the debate: attendance, minutes, captured contributions; numbered paper forms; calendars; reminders; erasure. */
class DebateOutcomeIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final DebateOutcomeService outcomes = platform.bean(DebateOutcomeService.class);
    private final PaperForms paperForms = platform.bean(PaperForms.class);
    private final RegistrationService registrations = platform.bean(RegistrationService.class);
    private final TestSql sql = new TestSql(platform);
    private DebateFixtures fixtures;
    private long consultation;

    @BeforeEach
    void council() {
        fixtures = new DebateFixtures(platform);
        consultation = fixtures.consultation();
    }

    private static String key(Throwable refusal) {
        return ((UserFacingException) refusal).messageKey();
    }

    private static Capture said(String formNumber, String title) {
        return new Capture(
                formNumber,
                new ContributionForm(ContributionKind.PROPOSAL, title, "Dit lors du débat : " + title, Set.of(), null),
                true,
                AgeBand.FROM_30_TO_44);
    }

    @Test
    void after_the_debate_its_organiser_records_attendance_minutes_and_the_contributions_captured_there() {
        Debate debate = fixtures.publicDebate(consultation, "Santé des aînés", 40);
        assertThatThrownBy(() -> outcomes.recordAttendance(
                        fixtures.organiser, debate.id(), new Attendance(12, Map.of(), Map.of())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.outcome.notYet"));
        fixtures.startedAgo(debate.id(), Duration.ofHours(3));

        assertThatThrownBy(() -> outcomes.recordAttendance(
                        fixtures.organiser,
                        debate.id(),
                        new Attendance(5, Map.of(AgeBand.FROM_75, 4, AgeBand.FROM_60_TO_74, 3), Map.of())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.attendance.breakdown.tooMany"));
        outcomes.recordAttendance(
                fixtures.organiser,
                debate.id(),
                new Attendance(
                        23,
                        Map.of(AgeBand.FROM_75, 9),
                        Map.of(AttendeeProfile.RESIDENT, 15, AttendeeProfile.HEALTH_PROFESSIONAL, 4)));
        outcomes.writeMinutes(
                fixtures.organiser,
                debate.id(),
                "## Ce qui a été dit\n\n<script>alert(1)</script> **Des transports** vers l’hôpital.");
        Contribution spoken =
                outcomes.capture(fixtures.organiser, debate.id(), said(null, "Un minibus vers l’hôpital"));
        PaperFormBatch batch = paperForms.issue(fixtures.organiser, consultation, 3);
        Contribution written = outcomes.capture(
                fixtures.organiser, debate.id(), said(batch.first().printed(), "Des permanences en mairie"));

        DebateDetails details = platform.bean(DebateService.class).details(fixtures.organiser, debate.id());
        assertThat(details.attendance()).hasValueSatisfying(attendance -> {
            assertThat(attendance.total()).isEqualTo(23);
            assertThat(attendance.ageBands()).containsEntry(AgeBand.FROM_75, 9);
            assertThat(attendance.profiles()).containsEntry(AttendeeProfile.HEALTH_PROFESSIONAL, 4);
        });
        assertThat(details.debate().minutes()).contains("<script>", "**Des transports**");
        assertThat(details.contributions())
                .extracting(DebateStore.CapturedContribution::title)
                .containsExactly("Un minibus vers l’hôpital", "Des permanences en mairie");
        assertThat(spoken.origin()).isEqualTo(ContributionOrigin.DEBATE);
        assertThat(written.origin()).isEqualTo(ContributionOrigin.PAPER);
        assertThat(spoken.authorAccountId()).isNull();
        assertThat(platform.bean(MediationService.class).attribution(spoken.id()))
                .hasValueSatisfying(attribution -> assertThat(attribution.place())
                        .isEqualTo("Santé des aînés — Maison des associations, 2 rue de la Paix"));
        assertThat(platform.bean(DebateService.class).share(consultation)).isEqualTo(new DebateShare(2, 2));
        Account other = fixtures.withRole("Autre organisatrice", fr.convergences.identity.CouncilRole.DEBATE_ORGANISER);
        assertThatThrownBy(() -> outcomes.writeMinutes(TestAccounts.actor(other), debate.id(), "Pas le mien"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.notYours"));
    }

    @Test
    void the_paper_form_renders_with_its_themes_and_unique_numbers_and_a_number_is_transcribed_once() throws Exception {
        PaperFormBatch first = paperForms.issue(fixtures.organiser, consultation, 2);
        PaperFormBatch second = paperForms.issue(fixtures.admin, consultation, 3);
        assertThat(second.firstSerial()).isEqualTo(first.firstSerial() + 2);

        byte[] pdf = paperForms.pdf(fixtures.organiser, second.id(), Locale.FRENCH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            // The no-break space before "?" is read back as the space it shows.
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text)
                    .contains(
                            "Donnez votre avis sur la santé près de chez vous",
                            "Santé en débat",
                            "Que vous manque-t-il ?",
                            "Santé mentale",
                            "Vieillissement et autonomie",
                            "J’accepte que ce texte soit publié",
                            "un besoin",
                            "N° " + second.first().printed(),
                            "N° " + second.last().printed());
            assertThat(text).doesNotContain(first.first().printed());
        }
        MediationFormBuilder words = new MediationFormBuilder();
        String number = second.first().printed();
        paperForms.transcribe(fixtures.organiser, consultation, number, words.form("Un centre de santé"));
        assertThatThrownBy(() -> paperForms.transcribe(fixtures.organiser, consultation, number, words.form("Encore")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.paper.number.twice"));
        String typo =
                number.substring(0, number.length() - 1) + ((second.first().checkDigit() + 1) % 10);
        assertThatThrownBy(() ->
                        paperForms.transcribe(fixtures.organiser, consultation, typo, words.form("Faute de frappe")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.paper.number.invalid"));
        assertThatThrownBy(() -> paperForms.transcribe(
                        fixtures.organiser,
                        consultation,
                        new FormNumber(consultation, 999_000).printed(),
                        words.form("Jamais imprimé")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.paper.number.notIssued"));
        assertThat(sql.count(
                        "SELECT count(*) FROM contribution WHERE consultation_id = ? AND origin = 'PAPER'",
                        consultation))
                .isEqualTo(1);
    }

    @Test
    void each_debate_has_an_icalendar_file_and_each_council_a_feed_of_its_upcoming_debates() throws Exception {
        Debate debate = fixtures.publicDebate(consultation, "Débat « santé » ; à Évry", 15);
        fixtures.publicDebate(consultation, "Un second débat", 15);
        DebateCalendar calendar = platform.bean(DebateCalendar.class);

        Calendar file = new CalendarBuilder()
                .build(new StringReader(calendar.debate(debate.id(), "https://convergences.example")));
        VEvent event = file.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Débat « santé » ; à Évry");
        assertThat(event.getLocation().getValue()).isEqualTo("Maison des associations, 2 rue de la Paix");
        assertThat(Instant.from(event.getDateTimeStart().getDate()))
                .isEqualTo(LocalDate.now()
                        .plusDays(10)
                        .atTime(LocalTime.of(18, 0))
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
        assertThat(event.getUrl().getValue()).isEqualTo("https://convergences.example/debats/" + debate.id());

        String slug = (String) sql.column("SELECT slug FROM council WHERE id = ?", fixtures.council)
                .getFirst();
        Calendar feed = new CalendarBuilder()
                .build(new StringReader(
                        calendar.council(slug, "https://convergences.example").orElseThrow()));
        assertThat(feed.<VEvent>getComponents("VEVENT")).hasSize(2);
        assertThat(calendar.council("no-such-council", "x")).isEmpty();
    }

    @Test
    void the_day_before_each_registrant_is_reminded_once() {
        Debate debate = fixtures.publicDebate(consultation, "Rappel demain", 15);
        Account resident = fixtures.accounts.create("Rappel Demain");
        registrations.register(TestAccounts.actor(resident), debate.id());
        String email = "rappel." + System.nanoTime() + "@example.org";
        registrations.registerWithoutAccount(debate.id(), "Sans compte", email, Locale.FRENCH);
        String link = platform.mailbox().latestLinkTo(email);
        registrations.confirm(link.substring(link.indexOf("jeton=") + 6));
        DebateReminders reminders = platform.bean(DebateReminders.class);
        Instant dayBefore = debate.startsAt().minus(Duration.ofHours(20));

        assertThat(reminders.sendReminders(debate.startsAt().minus(Duration.ofDays(3))))
                .as("too early")
                .isZero();
        assertThat(reminders.sendReminders(dayBefore)).isGreaterThanOrEqualTo(2);
        assertThat(reminders.sendReminders(dayBefore.plus(Duration.ofHours(2))))
                .as("idempotent")
                .isZero();

        TestOutbox.deliverAll(platform);
        assertThat(sql.column(
                        "SELECT title FROM notification WHERE account_id = ? AND kind = 'DEBATE_REMINDER'",
                        resident.id()))
                .containsExactly("Rappel\u00a0: Rappel demain, demain");
        assertThat(platform.mailbox().latestTo(email).orElseThrow().subject())
                .isEqualTo("Rappel\u00a0: Rappel demain, demain");
    }

    @Test
    void registrants_personal_data_is_erased_once_the_retention_after_the_debate_has_passed() {
        Debate debate = fixtures.publicDebate(consultation, "À effacer", 15);
        registrations.register(TestAccounts.actor(fixtures.accounts.create("Inscrite")), debate.id());
        registrations.registerOnBehalf(fixtures.organiser, debate.id(), "M. Dupont", "06 00 00 00 00");
        RegistrantErasure erasure = platform.bean(RegistrantErasure.class);
        Instant afterRetention = debate.endsAt().plus(erasure.retention()).plusSeconds(60);

        erasure.erase(debate.endsAt().plus(Duration.ofDays(1)));
        assertThat(sql.count(
                        "SELECT count(*) FROM debate_registration WHERE debate_id = ? AND name IS NOT NULL",
                        debate.id()))
                .isEqualTo(2);

        erasure.erase(afterRetention);

        assertThat(sql.count(
                        "SELECT count(*) FROM debate_registration WHERE debate_id = ? AND (name IS NOT NULL OR email IS NOT NULL "
                                + "OR phone IS NOT NULL OR account_id IS NOT NULL)",
                        debate.id()))
                .isZero();
        assertThat(sql.count("SELECT count(*) FROM debate_registration WHERE debate_id = ?", debate.id()))
                .as("the figures stay")
                .isEqualTo(2);
        assertThat(sql.count(
                        "SELECT count(*) FROM debate WHERE id = ? AND registrants_erased_at IS NOT NULL", debate.id()))
                .isEqualTo(1);
        assertThat(erasure.erase(afterRetention)).as("once only").isZero();
    }

    /** The words of a paper form, with the person's consent. */
    private static final class MediationFormBuilder {
        fr.convergences.contribution.mediation.MediationForm form(String title) {
            return new fr.convergences.contribution.mediation.MediationForm(
                    new ContributionForm(ContributionKind.NEED, title, "Écrit sur papier : " + title, Set.of(), null),
                    "Centre social",
                    null,
                    true,
                    null,
                    null);
        }
    }
}
