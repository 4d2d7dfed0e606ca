package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.testing.TestMailbox;
import fr.convergences.testing.TestPlatform;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A convocation's e-mail carries the sitting's .ics file, so that members add it to their calendars in one click. */
class ConvocationCalendarIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void each_convened_member_receives_the_sitting_as_an_attached_calendar_file() throws Exception {
        VotingFixture council = new VotingFixture(platform, 1, 0);
        Sitting urgent = platform.bean(SittingService.class)
                .convene(
                        council.admin,
                        council.council.id(),
                        new SittingForm(
                                "Séance d’urgence",
                                SittingMode.IN_PERSON,
                                "Évry",
                                null,
                                LocalDateTime.now().plusMinutes(80),
                                0,
                                List.of(),
                                "Fermeture des urgences de nuit."));

        String member = council.titulars.getFirst().account().email();
        platform.bean(fr.convergences.identity.notification.OutboxDelivery.class)
                .runOnce(); // convocations leave through the outbox
        TestMailbox.Mail convocation = platform.mailbox().to(member).stream()
                .filter(mail -> mail.subject().contains("Séance d’urgence"))
                .findFirst()
                .orElseThrow();

        assertThat(convocation.text()).contains("/api/sittings/" + urgent.id() + ".ics");
        assertThat(convocation.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("seance-" + urgent.id() + ".ics");
            assertThat(file.contentType()).startsWith("text/calendar").containsIgnoringCase("method=PUBLISH");
        });
        VEvent event = new CalendarBuilder()
                .build(new StringReader(convocation.attachments().getFirst().text()))
                .<VEvent>getComponents("VEVENT")
                .getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Séance d’urgence");
        assertThat(event.getLocation().getValue()).isEqualTo("Évry");
        assertThat(Instant.from(event.getDateTimeStart().getDate()))
                .isEqualTo(urgent.startsAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
