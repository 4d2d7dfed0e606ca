package fr.convergences.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public list of consultations is served in bounded pages, newest id first: no request reads them all. */
class ConsultationApiPagingIT {

    private static final int LIMIT = ConsultationService.PublicPage.MAX_SIZE;
    // Only the consultation objects' own ids: phases and themes carry no "id" field in the JSON.
    private static final Pattern ID = Pattern.compile("\\{\"id\":(\\d+)");
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_consultation_is_served_once_newest_first_in_pages_of_at_most_the_limit() throws Exception {
        Set<Long> created = consultations(LIMIT + 1);

        List<Long> served = new ArrayList<>();
        String next = "/api/consultations?limit=" + LIMIT;
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            List<Long> ids = ID.matcher(page.body())
                    .results()
                    .map(match -> Long.parseLong(match.group(1)))
                    .toList();
            assertThat(ids).hasSizeBetween(1, LIMIT);
            served.addAll(ids);
            pages++;
            next = page.headers()
                    .firstValue("Link")
                    .map(NEXT::matcher)
                    .filter(Matcher::find)
                    .map(match -> match.group(1))
                    .orElse(null);
            if (next != null) {
                assertThat(ids).as("only a full page announces a next one").hasSize(LIMIT);
                assertThat(next).isEqualTo("/api/consultations?after=" + ids.getLast() + "&limit=" + LIMIT);
            }
        }
        assertThat(pages)
                .as("limit + 1 consultations (and those of other tests) take more than one page")
                .isGreaterThanOrEqualTo(2);
        assertThat(new HashSet<>(served)).as("served once").hasSameSizeAs(served);
        assertThat(served).containsAll(created);
        assertThat(served).as("newest first, by id").isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void the_default_page_is_the_limit_and_the_last_page_has_no_next_link() throws Exception {
        consultations(LIMIT + 1);

        HttpResponse<String> first = get("/api/consultations");
        List<Long> ids = ID.matcher(first.body())
                .results()
                .map(match -> Long.parseLong(match.group(1)))
                .toList();
        assertThat(ids).hasSize(LIMIT);
        assertThat(first.headers().firstValue("Link")).isPresent();

        // Asking below the oldest consultation (other classes' too, in the shared database): an empty last page,
        // without a
        // next link.
        long oldest = ((Number) new TestSql(platform)
                        .column("SELECT min(id) FROM consultation")
                        .getFirst())
                .longValue();
        HttpResponse<String> beyond = get("/api/consultations?after=" + oldest);
        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body()).isEqualTo("[]");
        assertThat(beyond.headers().firstValue("Link")).isEmpty();
    }

    @Test
    void a_page_larger_than_the_limit_or_a_bad_after_is_refused_with_a_sentence() throws Exception {
        consultations(2);

        HttpResponse<String> tooLarge = get("/api/consultations?limit=" + (LIMIT + 1));
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body())
                .contains("Une page compte de 1 à " + LIMIT + " consultations")
                .doesNotContain("Exception");
        assertThat(get("/api/consultations?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/consultations?limit=beaucoup").statusCode()).isEqualTo(400);
        HttpResponse<String> negative = get("/api/consultations?after=-1");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("Le paramètre after").doesNotContain("Exception");
        assertThat(get("/api/consultations?after=hier").statusCode()).isEqualTo(400);
        assertThat(ID.matcher(get("/api/consultations?limit=1").body())
                        .results()
                        .count())
                .isEqualTo(1);
    }

    private Set<Long> consultations(int count) {
        long council = new TestCouncils(platform).create().id();
        ConsultationRepository repository = platform.bean(ConsultationRepository.class);
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            ids.add(repository
                    .save(new Consultation(null, council, "Page " + i, "Q ?", null, Instant.now()))
                    .id());
        }
        return ids;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(platform.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
