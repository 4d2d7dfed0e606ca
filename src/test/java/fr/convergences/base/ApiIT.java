package fr.convergences.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.TestPlatform;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ApiIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(platform.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void territories_are_public_json() throws Exception {
        HttpResponse<String> response = get("/api/territories");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"code\":\"91\"", "\"name\":\"Essonne\"", "\"slug\":\"cts-essonne\"");
    }

    @Test
    void openapi_describes_the_public_endpoints() throws Exception {
        HttpResponse<String> response = get("/api/openapi.yml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3.", "/api/territories", "Licence Ouverte 2.0");
    }

    @Test
    void health_checks_the_database_and_the_index() throws Exception {
        HttpResponse<String> response = get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    @Test
    void unknown_api_path_is_a_json_404_not_a_vaadin_page() throws Exception {
        HttpResponse<String> response = get("/api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void vaadin_serves_the_home_page() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"fr\"");
    }
}
