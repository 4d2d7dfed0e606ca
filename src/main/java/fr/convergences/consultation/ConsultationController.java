package fr.convergences.consultation;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Public, read-only JSON of the consultations, their phases and themes. */
@Controller("/api/consultations")
@Tag(name = "Consultations")
public class ConsultationController {

    private final ConsultationService consultations;

    public ConsultationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    /**
     * Paged by keyset: {@code ?after=<last id of the previous page>&limit=<1..100>}, ids descending, {@code after} meaning
     * "ids below"; the next page's address is in the {@code Link} header (rel="next", RFC 8288), absent on the last page.
     */
    @Get
    @Operation(
            summary = "The consultations, newest first (by id, descending), in pages of at most 100; "
                    + "?after=<last id> gives the ids below it; the next page is in the Link header")
    public HttpResponse<List<ConsultationJson>> list(
            @QueryValue(defaultValue = "0") long after, @QueryValue(defaultValue = "100") int limit) {
        ConsultationService.PublicPage page = consultations.publicPage(after, limit);
        MutableHttpResponse<List<ConsultationJson>> response = HttpResponse.ok(
                page.consultations().stream().map(ConsultationController::json).toList());
        if (page.more()) {
            response.header(
                    HttpHeaders.LINK,
                    "</api/consultations?after=" + page.lastId() + "&limit=" + limit + ">; rel=\"next\"");
        }
        return response;
    }

    @Get("/{id}")
    @Operation(summary = "One consultation with its phases and themes")
    public ConsultationJson one(@PathVariable long id) {
        return json(consultations.details(id));
    }

    private static ConsultationJson json(ConsultationDetails details) {
        return new ConsultationJson(
                details.consultation().storedId(),
                details.councilName(),
                details.consultation().title(),
                details.consultation().question(),
                details.consultation().description(),
                details.phases().stream()
                        .map(phase -> new PhaseJson(
                                phase.kind().name(),
                                phase.startsOn().toString(),
                                phase.endsOn().toString()))
                        .toList(),
                details.themes().stream().map(Theme::name).toList());
    }

    @Serdeable
    public record ConsultationJson(
            long id,
            String council,
            String title,
            String question,
            @Nullable String description,
            List<PhaseJson> phases,
            List<String> themes) {}

    @Serdeable
    public record PhaseJson(String kind, String startsOn, String endsOn) {}
}
