package fr.convergences.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.TestPlatform;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Issue 17: a page address that no route serves answers 404, not 200, while a real page still answers 200. */
class UnknownRouteIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_address_no_route_serves_answers_404_with_the_platforms_page() throws Exception {
        HttpResponse<String> unknown = get("/pas-de-page-ici");
        HttpResponse<String> deeper = get("/consultations/12/pas-de-page-ici");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(deeper.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<html");
    }

    @Test
    void pages_that_exist_and_the_api_keep_their_status() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/consultations").statusCode()).isEqualTo(200);
        assertThat(get("/api/health").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(platform.uri(path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
