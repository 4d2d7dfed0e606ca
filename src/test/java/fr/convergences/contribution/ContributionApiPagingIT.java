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
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public JSON list is served in bounded pages: no request can make the server hold a whole consultation. */
class ContributionApiPagingIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_public_contribution_is_served_once_in_pages_of_at_most_the_limit() throws Exception {
        long consultation = consultationWith(1_203, 7);

        Set<Long> seen = new HashSet<>();
        String next = "/api/consultations/" + consultation + "/contributions?limit=500";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher ids = ID.matcher(page.body());
            int onPage = 0;
            while (ids.find()) {
                assertThat(seen.add(Long.parseLong(ids.group(1))))
                        .as("served once")
                        .isTrue();
                onPage++;
            }
            assertThat(onPage).isBetween(1, 500);
            pages++;
            next = page.headers()
                    .firstValue("Link")
                    .map(NEXT::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .orElse(null);
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).as("the hidden ones and the drafts are not public").hasSize(1_203);
    }

    @Test
    void the_default_page_is_one_hundred_and_the_last_page_has_no_next_link() throws Exception {
        long consultation = consultationWith(101, 0);

        HttpResponse<String> first = get("/api/consultations/" + consultation + "/contributions");
        assertThat(ID.matcher(first.body()).results().count()).isEqualTo(100);
        String next = first.headers().firstValue("Link").orElseThrow();
        Matcher link = NEXT.matcher(next);
        assertThat(link.find()).isTrue();

        HttpResponse<String> last = get(link.group(1));
        assertThat(ID.matcher(last.body()).results().count()).isEqualTo(1);
        assertThat(last.headers().firstValue("Link")).isEqualTo(Optional.empty());
    }

    @Test
    void a_page_larger_than_the_limit_is_refused_with_a_sentence() throws Exception {
        long consultation = consultationWith(3, 0);

        HttpResponse<String> tooLarge = get("/api/consultations/" + consultation + "/contributions?limit=501");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body())
                .contains("Une page compte de 1 à 500 contributions")
                .doesNotContain("Exception");
        assertThat(get("/api/consultations/" + consultation + "/contributions?limit=0")
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/consultations/" + consultation + "/contributions?limit=beaucoup")
                        .statusCode())
                .isEqualTo(400);
        assertThat(ID.matcher(get("/api/consultations/" + consultation + "/contributions?limit=500")
                                .body())
                        .results()
                        .count())
                .isEqualTo(3);
    }

    private long consultationWith(int publicOnes, int hiddenOrDraft) {
        long council = new TestCouncils(platform).create().id();
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Pages", "Q ?", null, Instant.now()))
                .id();
        TestSql sql = new TestSql(platform);
        // In bulk, and with hidden and draft rows in any mix: the pages' bounds are under test, not how rows are made.
        sql.update("""
                INSERT INTO contribution (consultation_id, kind, title, body, commune_insee, status, created_at, published_at, origin)
                SELECT ?, 'NEED', 'Besoin n° ' || g, 'Un besoin de santé, le numéro ' || g, '91228', 'PUBLISHED', now(), now(), 'ONLINE'
                FROM generate_series(1, ?) g""", consultation, publicOnes);
        sql.update("""
                INSERT INTO contribution (consultation_id, kind, title, body, commune_insee, status, hidden, created_at, published_at, origin)
                SELECT ?, 'NEED', 'Pas public n° ' || g, 'Brouillon ou masquée ' || g, '91228',
                       CASE WHEN g % 2 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, g % 2 = 1, now(), now(), 'ONLINE'
                FROM generate_series(1, ?) g""", consultation, hiddenOrDraft);
        return consultation;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(platform.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
