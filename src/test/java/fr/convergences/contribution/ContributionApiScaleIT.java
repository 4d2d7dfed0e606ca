package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.BitSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security finding 5 at the size the probe named: the public JSON list of a consultation of 100,000 contributions is
 * walked to its end in pages of the largest size allowed, each page bounded, every contribution served exactly once,
 * the last page as cheap to reach as the first (keyset paging: no page counts the rows before it). It has a platform
 * of its own, so that the 100,000 rows (and the indexing they cause) never weigh on the other test classes.
 */
class ContributionApiScaleIT {

    private static final int CONTRIBUTIONS = 100_000;
    private static final int LIMIT = 500;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private static TestPlatform platform;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        platform = TestPlatform.separate(Map.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void one_hundred_thousand_contributions_are_served_once_each_in_pages_of_at_most_the_limit() throws Exception {
        long council = new TestCouncils(platform).create().id();
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Cent mille", "Q ?", null, Instant.now()))
                .id();
        TestSql sql = new TestSql(platform);
        // In bulk, one statement: 100,000 submissions through the service would take far longer than the paging tested.
        sql.update("""
                INSERT INTO contribution (consultation_id, kind, title, body, commune_insee, status, created_at, published_at, origin)
                SELECT ?, 'NEED', 'Besoin n° ' || g, 'Un besoin de santé, le numéro ' || g, '91228', 'PUBLISHED', now(), now(), 'ONLINE'
                FROM generate_series(1, ?) g""", consultation, CONTRIBUTIONS);
        long firstId = ((Number) sql.column("SELECT min(id) FROM contribution WHERE consultation_id = ?", consultation)
                        .getFirst())
                .longValue();

        BitSet seen = new BitSet(CONTRIBUTIONS);
        int served = 0;
        int pages = 0;
        String next = "/api/consultations/" + consultation + "/contributions?limit=" + LIMIT;
        while (next != null) {
            HttpResponse<String> page =
                    http.send(HttpRequest.newBuilder(platform.uri(next)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("page %d", pages + 1).isEqualTo(200);
            Matcher ids = ID.matcher(page.body());
            int onPage = 0;
            while (ids.find()) {
                int offset = Math.toIntExact(Long.parseLong(ids.group(1)) - firstId);
                assertThat(seen.get(offset))
                        .as("contribution %s served once", ids.group(1))
                        .isFalse();
                seen.set(offset);
                onPage++;
            }
            assertThat(onPage).as("page %d", pages + 1).isBetween(1, LIMIT);
            served += onPage;
            pages++;
            next = page.headers()
                    .firstValue("Link")
                    .map(NEXT::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .orElse(null);
        }
        assertThat(served).isEqualTo(CONTRIBUTIONS);
        assertThat(seen.cardinality()).isEqualTo(CONTRIBUTIONS);
        assertThat(pages).isEqualTo(CONTRIBUTIONS / LIMIT);

        HttpResponse<String> tooLarge = http.send(
                HttpRequest.newBuilder(platform.uri(
                                "/api/consultations/" + consultation + "/contributions?limit=" + (LIMIT + 1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode())
                .as("a page past the limit is refused, even where the rows exist")
                .isEqualTo(400);
    }
}
