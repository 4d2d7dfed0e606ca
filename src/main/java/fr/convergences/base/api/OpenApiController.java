package fr.convergences.base.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI description that the compiler generated from the controllers. */
@Controller("/api")
@Hidden
public class OpenApiController {

    static final String DESCRIPTION = "META-INF/swagger/convergences.yml";

    @Get(value = "/openapi.yml", produces = "application/yaml")
    public HttpResponse<String> openApi() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DESCRIPTION)) {
            if (in == null) {
                return HttpResponse.notFound();
            }
            return HttpResponse.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contentType(MediaType.of("application/yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
