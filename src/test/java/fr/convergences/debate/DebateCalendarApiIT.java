package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.web.PublicUrl;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar endpoints over HTTP: a debate's file, a council's feed, and a clear, localised answer for a cancelled debate. */
class DebateCalendarApiIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(platform.uri(path))
                        .header("Accept-Language", language)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_debate_file_and_a_council_feed_are_icalendar_and_a_cancelled_debate_says_why_in_the_reader_s_language()
            throws Exception {
        DebateFixtures fixtures = new DebateFixtures(platform);
        long consultation = fixtures.consultation();
        Debate debate = fixtures.publicDebate(consultation, "Débat en calendrier", 20);
        Debate cancelled = fixtures.publicDebate(consultation, "Débat annulé", 20);
        platform.bean(DebateService.class).cancel(fixtures.moderator, cancelled.id(), "Intempéries");
        Debate proposed = platform.bean(DebateService.class)
                .create(fixtures.organiser, consultation, DebateFixtures.form("Pas encore validé", 10));
        String slug = (String) new TestSql(platform)
                .column("SELECT slug FROM council WHERE id = ?", fixtures.council)
                .getFirst();

        HttpResponse<String> file = get("/api/debates/" + debate.id() + ".ics", "fr");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(file.body()));
        assertThat(calendar.<VEvent>getComponents("VEVENT")
                        .getFirst()
                        .getSummary()
                        .getValue())
                .isEqualTo("Débat en calendrier");

        HttpResponse<String> gone = get("/api/debates/" + cancelled.id() + ".ics", "fr-FR,fr;q=0.9");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body())
                .isEqualTo(
                        "Le débat « Débat annulé » a été annulé (Intempéries)\u00a0: il n’a plus de fichier de calendrier.");
        assertThat(get("/api/debates/" + cancelled.id() + ".ics", "en-GB").body())
                .isEqualTo("The debate “Débat annulé” was cancelled (Intempéries): it no longer has a calendar file.");
        assertThat(get("/api/debates/" + proposed.id() + ".ics", "fr").statusCode())
                .as("not public yet")
                .isEqualTo(404);

        HttpResponse<String> feed = get("/api/councils/" + slug + "/debates.ics", "fr");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(new CalendarBuilder().build(new StringReader(feed.body())).<VEvent>getComponents("VEVENT"))
                .extracting(event -> event.getSummary().getValue())
                .containsExactly("Débat en calendrier");
        assertThat(get("/api/councils/no-such-council/debates.ics", "fr").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/openapi.yml", "fr").body())
                .contains("/api/debates/{debateId}.ics", "/api/councils/{slug}/debates.ics");
    }

    @Test
    void the_links_in_a_calendar_file_point_to_the_public_address_whatever_the_host_header() throws Exception {
        DebateFixtures fixtures = new DebateFixtures(platform);
        Debate debate = fixtures.publicDebate(fixtures.consultation(), "Débat sous un faux hôte", 20);
        // java.net.http refuses to set Host, so the request is written by hand, as an attacker would.
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), platform.uri("/").getPort())) {
            socket.getOutputStream()
                    .write(("GET /api/debates/" + debate.id() + ".ics HTTP/1.1\r\nHost: attacker.example\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer)
                    .startsWith("HTTP/1.1 200")
                    .contains("URL:" + platform.bean(PublicUrl.class).base() + "/debats/" + debate.id())
                    .doesNotContain("attacker.example");
        }
    }
}
