package fr.convergences.contribution;

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

/**
 * Public, read-only contributions of a consultation as JSON. No personal data. The open-data files
 * (CSV and JSON, streamed) are served by the exchange feature's {@code OpenDataController}.
 */
@Controller("/api/consultations")
@Tag(name = "Contributions")
public class ContributionController {

    private final ContributionService contributions;

    public ContributionController(ContributionService contributions) {
        this.contributions = contributions;
    }

    /**
     * Paged by keyset: {@code ?after=<last id of the previous page>&limit=<1..500>}; the next page's address is in the
     * {@code Link} header (rel="next", RFC 8288), absent on the last page. The whole set is the streamed open-data file.
     */
    @Get("/{consultationId}/contributions")
    @Operation(
            summary = "The published contributions of a consultation (Licence Ouverte 2.0), in pages of at most 500, "
                    + "oldest first; the next page is in the Link header")
    public HttpResponse<List<ContributionJson>> list(
            @PathVariable long consultationId,
            @QueryValue(defaultValue = "0") long after,
            @QueryValue(defaultValue = "100") int limit) {
        ContributionService.PublicPage page = contributions.publicPage(consultationId, after, limit);
        List<ContributionJson> body = page.contributions().stream()
                .map(contribution -> new ContributionJson(
                        contribution.storedId(),
                        contribution.kind().name(),
                        contribution.title(),
                        contribution.body(),
                        contribution.communeInsee(),
                        contribution.status().name(),
                        contribution.publishedOn().toString()))
                .toList();
        MutableHttpResponse<List<ContributionJson>> response = HttpResponse.ok(body);
        if (page.more()) {
            response.header(
                    HttpHeaders.LINK,
                    "</api/consultations/" + consultationId + "/contributions?after=" + page.lastId() + "&limit="
                            + limit + ">; rel=\"next\"");
        }
        return response;
    }

    @Serdeable
    public record ContributionJson(
            long id,
            String kind,
            String title,
            String body,
            @Nullable String communeInsee,
            String status,
            String publishedAt) {}
}
