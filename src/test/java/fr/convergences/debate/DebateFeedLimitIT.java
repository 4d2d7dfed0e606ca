package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A council's debates.ics feed is bounded: one more upcoming debate than the limit still serves the limit, soonest first. */
class DebateFeedLimitIT {

    /** {@code DebateListingStore.LIMIT} (package-private in debate.calendar): what a calendar page or feed lists at most. */
    private static final int LIMIT = 500;

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_feed_of_one_more_debate_than_the_limit_serves_the_limit_soonest_first() throws Exception {
        DebateFixtures fixtures = new DebateFixtures(platform);
        Debate first = fixtures.publicDebate(fixtures.consultation(), "Débat 0", 20);
        TestSql sql = new TestSql(platform);
        // Copies of the published debate, a minute apart after it: LIMIT + 1 upcoming debates in the council's feed.
        sql.update("""
                INSERT INTO debate (consultation_id, council_id, organiser_account_id, title, description, starts_at, ends_at, place,
                                    commune_insee, online_url, capacity, audience, status, created_at, approved_at, approved_by)
                SELECT consultation_id, council_id, organiser_account_id, 'Débat ' || g, description,
                       starts_at + g * interval '1 minute', ends_at + g * interval '1 minute', place, commune_insee, online_url,
                       capacity, audience, status, created_at, approved_at, approved_by
                FROM debate, generate_series(1, ?) g WHERE id = ?""", LIMIT, first.id());
        String slug = (String) sql.column("SELECT slug FROM council WHERE id = ?", fixtures.council)
                .getFirst();

        HttpResponse<String> feed = http.send(
                HttpRequest.newBuilder(platform.uri("/api/councils/" + slug + "/debates.ics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(feed.statusCode()).isEqualTo(200);
        List<String> titles = new CalendarBuilder()
                .build(new StringReader(feed.body())).<VEvent>getComponents("VEVENT").stream()
                        .map(event -> event.getSummary().getValue())
                        .toList();
        assertThat(titles)
                .hasSize(LIMIT)
                .contains("Débat 0", "Débat " + (LIMIT - 1))
                .doesNotContain("Débat " + LIMIT);
    }
}
