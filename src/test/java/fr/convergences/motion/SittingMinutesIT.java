package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingMinutesService;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.DocumentLink;
import fr.convergences.motion.model.Minutes;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.testing.PdfUaCheck;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One set of minutes for the whole sitting: the agenda in order with its documents, attendance, each item with each vote
 * held on it (a roll-call vote's names; a secret vote only as published, its small colleges merged), validated once by the
 * secretariat after the sitting is closed, then public as a PDF and told to the members convened (as each vote's
 * result and minutes were when it closed).
 */
class SittingMinutesIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final SittingService sittings = platform.bean(SittingService.class);
    private final VotingSessionService sessions = platform.bean(VotingSessionService.class);
    private final BallotService ballots = platform.bean(BallotService.class);
    private final SittingMinutesService minutes = platform.bean(SittingMinutesService.class);
    private final TestSql sql = new TestSql(platform);

    private static void refused(String key, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    private static List<String> titles(Minutes minutes) {
        return minutes.sections().stream().map(Minutes.Section::title).toList();
    }

    private static Minutes.Section after(Minutes minutes, String title, String sectionTitle) {
        List<Minutes.Section> sections = minutes.sections();
        int from = titles(minutes).indexOf(title);
        return sections.subList(from, sections.size()).stream()
                .filter(section -> section.title().equals(sectionTitle))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_secretariat_validates_the_minutes_of_the_whole_sitting_once_it_is_closed_and_they_are_then_public()
            throws Exception {
        VotingFixture council = new VotingFixture(platform, 2, 0);
        long councilId = council.council.id();
        MotionService motions = platform.bean(MotionService.class);
        Motion avis = motions.publish(
                council.admin,
                motions.draft(
                                council.admin,
                                councilId,
                                new MotionForm(
                                        null,
                                        MotionKind.AVIS,
                                        "Avis sur les urgences d’été",
                                        "Le conseil rend un avis.",
                                        "Parce que.",
                                        List.of(),
                                        List.of(new MotionForm.AttachmentLink(
                                                "Plan de l’ARS", "https://ars.example.org/plan.pdf")),
                                        Set.of(),
                                        Set.of()))
                        .id());
        Motion deliberation = council.publishedMotion(MotionKind.DELIBERATION, List.of());
        Motion unvoted = council.publishedMotion(MotionKind.AVIS, List.of());
        LocalDateTime start =
                LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        Sitting sitting = sittings.convene(
                council.admin,
                councilId,
                new SittingForm(
                        "Séance plénière",
                        SittingMode.IN_PERSON,
                        "Évry",
                        null,
                        start,
                        0,
                        List.of(avis.id(), deliberation.id(), unvoted.id()),
                        "Saisine de l’ARS sous huit jours.",
                        List.of(new AgendaPoint(
                                AgendaPoint.Kind.INFORMATION,
                                "Bilan de l’été",
                                1,
                                List.of(new DocumentLink(
                                        "Bilan des urgences", "https://ars.example.org/bilan.pdf"))))));
        VotingFixture.begin(platform, sitting.id());
        council.titulars.forEach(member -> sittings.checkIn(council.admin, sitting.id(), member.seat()));
        VotingSession rollCall = sessions.plan(
                council.admin,
                avis.id(),
                SessionForm.inSitting(sitting.id(), BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST));
        sessions.open(council.admin, rollCall.id());
        council.titulars.forEach(member ->
                ballots.cast(member.actor(), rollCall.id(), member.seat(), new BallotChoice.ForAgainst(Vote.FOR)));
        sessions.close(council.admin, rollCall.id());
        VotingSession secret = sessions.plan(
                council.admin,
                deliberation.id(),
                SessionForm.inSitting(sitting.id(), BallotKind.SECRET, VotingMethod.FOR_AGAINST));
        sessions.open(council.admin, secret.id());
        council.titulars.forEach(member ->
                ballots.cast(member.actor(), secret.id(), member.seat(), new BallotChoice.ForAgainst(Vote.AGAINST)));
        sessions.close(council.admin, secret.id());

        refused("motion.sittingMinutes.notClosed", () -> minutes.validate(council.admin, sitting.id()));
        refused("motion.sittingMinutes.notPublished", () -> minutes.minutes(sitting.id()));
        sittings.close(council.admin, sitting.id());
        assertThatThrownBy(() -> minutes.validate(council.titulars.getFirst().actor(), sitting.id()))
                .as("a member does not validate")
                .isInstanceOf(RuntimeException.class);
        assertThat(sql.count("SELECT count(*) FROM sitting_minutes WHERE sitting_id = ?", sitting.id()))
                .isZero();
        assertThat(minutes.state(council.admin, sitting.id()).canValidate()).isTrue();
        assertThat(minutes.draft(council.admin, sitting.id()).head())
                .isEqualTo("Projet de procès-verbal, pas encore validé par le secrétariat.");
        assertThatThrownBy(() -> minutes.draft(council.titulars.getFirst().actor(), sitting.id()))
                .as("a member does not read the draft")
                .isInstanceOf(fr.convergences.identity.AccessDeniedException.class);

        minutes.validate(council.admin, sitting.id());
        refused("motion.sittingMinutes.already", () -> minutes.validate(council.admin, sitting.id()));
        assertThat(minutes.state(council.admin, sitting.id()).canValidate()).isFalse();

        Minutes published = minutes.minutes(sitting.id());
        assertThat(published.head()).startsWith("Procès-verbal validé par Secrétariat");
        assertThat(published.heading()).anyMatch(line -> line.contains("Saisine de l’ARS sous huit jours."));
        assertThat(titles(published))
                .containsSubsequence(
                        "Ordre du jour de la séance",
                        "Présents",
                        "Arrivées et départs",
                        "1. Point d’information\u00a0: Bilan de l’été (documents\u00a0: Bilan des urgences — https://ars.example.org/bilan.pdf)",
                        "2. Avis sur les urgences d’été (documents\u00a0: Plan de l’ARS — https://ars.example.org/plan.pdf)",
                        "Votes nominatifs",
                        "3. " + deliberation.title(),
                        "Bulletins secrets publiés",
                        "4. " + unvoted.title(),
                        "Vérification des votes");
        assertThat(published
                        .sections()
                        .get(titles(published).indexOf("4. " + unvoted.title()))
                        .lines())
                .containsExactly("Aucun vote sur cette motion au cours de la séance.");
        assertThat(after(
                                published,
                                "2. Avis sur les urgences d’été (documents\u00a0: Plan de l’ARS — https://ars.example.org/plan.pdf)",
                                "Votes nominatifs")
                        .tableRows())
                .hasSize(council.titulars.size());
        // Two ballots in each college of the secret vote: under the small-group rule, one merged row, as its published
        // result.
        assertThat(after(published, "3. " + deliberation.title(), "Résultats par collège")
                        .tableRows())
                .hasSize(1);
        assertThat(after(
                                published,
                                "2. Avis sur les urgences d’été (documents\u00a0: Plan de l’ARS — https://ars.example.org/plan.pdf)",
                                "Résultats par collège")
                        .tableRows())
                .hasSize(2);
        assertThat(published.sections().getLast().lines()).hasSize(2).allMatch(line -> line.contains("verify-session"));

        byte[] printed = minutes.pdf(sitting.id());
        try (PDDocument pdf = Loader.loadPDF(printed)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Procès-verbal de la séance",
                            "Bilan de l’été",
                            "Plan de l’ARS",
                            "Procès-verbal validé par Secrétariat");
        }
        assertThat(PdfUaCheck.failures(printed)).as("veraPDF, PDF/UA-1 profile").isEmpty();
        assertThat(PdfUaCheck.structureTypes(printed)).contains("H1", "H2", "Table", "TR", "TH", "TD");
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE council_id = ? AND action = 'motion.sitting.minutes.validate'",
                        councilId))
                .isEqualTo(1);
        long member = council.titulars.getFirst().account().id();
        assertThat(told(member, "/seances/" + sitting.id(), "Procès-verbal%"))
                .containsExactly("Procès-verbal publié\u00a0: Séance plénière");
        assertThat(told(member, "/motions/" + avis.id(), "Résultat%"))
                .as("each vote's result and minutes, told once published")
                .containsExactly("Résultat publié\u00a0: Avis sur les urgences d’été");
        assertThat(told(member, "/motions/" + deliberation.id(), "Résultat%"))
                .containsExactly("Résultat publié\u00a0: " + deliberation.title());
    }

    /**
     * The titles of the person's notifications at the link, once the outbox has delivered them: the background delivery
     * may hold the rows (SKIP LOCKED) when the test asks, so the test asks again until they are there, for up to 10 s.
     */
    private List<Object> told(long accountId, String link, String titlePattern) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        List<Object> titles;
        do {
            platform.bean(OutboxDelivery.class).runOnce();
            titles = sql.column(
                    "SELECT title FROM notification WHERE account_id = ? AND link = ? AND title LIKE ? ORDER BY id",
                    accountId,
                    link,
                    titlePattern);
        } while (titles.isEmpty() && System.nanoTime() < deadline);
        return titles;
    }
}
