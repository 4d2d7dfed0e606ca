package fr.convergences.base.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.testing.TestPlatform;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues 15 and 18: an unknown or malformed id under a real route ({@code /consultations/9999},
 * {@code /consultations/abc}) answers HTTP 404 with the platform's "page not found", not 200, and writes no ERROR
 * and no stack trace to the log, so that anyone typing addresses can neither flood the log nor be told by the
 * status that a page exists. Every route of the platform with an id or a slug in its address is walked here; a
 * route added later belongs in this list.
 */
class UnknownIdIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    /** Routes with an id: both an unknown number and a word must be "not found". */
    private static final List<String> BY_ID = List.of(
            "consultations/%s", "consultations/%s/modifier", "consultations/%s/themes", "consultations/%s/convergences",
            "consultations/%s/synthese", "consultations/%s/synthese/1", "consultations/%s/recueillir",
            "consultations/%s/debats/nouveau", "consultations/%s/formulaires", "consultations/%s/formulaires/saisie",
            "contributions/%s", "contributions/%s/modifier",
            "debats/%s", "debats/%s/modifier", "debats/%s/inscriptions", "debats/%s/saisie", "debats/%s/compte-rendu",
            "motions/%s", "seances/%s", "actions/%s");

    /** Routes with a council's slug. */
    private static final List<String> BY_SLUG = List.of(
            "conseils/%s/composition", "conseils/%s/administration", "conseils/%s/journal", "conseils/%s/decisions",
            "conseils/%s/seances", "conseils/%s/motions/nouvelle", "conseils/%s/moderation", "conseils/%s/projet",
            "conseils/%s/projet/administration", "conseils/%s/indicateurs", "conseils/%s/consultations/nouvelle");

    @Test
    void every_route_with_an_unknown_or_malformed_id_answers_404_and_logs_no_error() throws Exception {
        long consultation = platform.bean(ConsultationRepository.class).findAll().iterator().next().id();
        List<String> paths = new ArrayList<>();
        for (String route : BY_ID) {
            paths.add(route.formatted("999999"));
            paths.add(route.formatted("abc"));
        }
        for (String route : BY_SLUG) {
            paths.add(route.formatted("pas-un-conseil"));
        }
        // A synthesis version that does not exist, of a consultation that does.
        paths.add("consultations/" + consultation + "/synthese/999");
        paths.add("consultations/" + consultation + "/synthese/abc");

        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, Boolean> notFoundPage = new LinkedHashMap<>();
        try {
            for (String path : paths) {
                HttpResponse<String> response = get("/" + path);
                statuses.put(path, response.statusCode());
                notFoundPage.put(path, response.body().contains("Page introuvable"));
            }
        } finally {
            root.detachAppender(log);
        }

        assertThat(statuses).as("HTTP status of each address").allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(404));
        assertThat(notFoundPage).as("the platform's not-found page").allSatisfy((path, shown) -> assertThat(shown).as(path).isTrue());
        assertThat(log.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(log.list).extracting(ILoggingEvent::getThrowableProxy).containsOnlyNulls();
    }

    @Test
    void a_page_that_exists_still_answers_200() throws Exception {
        long consultation = platform.bean(ConsultationRepository.class).findAll().iterator().next().id();
        assertThat(get("/consultations/" + consultation).statusCode()).isEqualTo(200);
        assertThat(get("/conseils/cts-essonne/composition").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(platform.uri(path)).header("Accept", "text/html").header("Accept-Language", "fr")
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
