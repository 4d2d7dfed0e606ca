package fr.convergences.contribution;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

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

    @Get("/{consultationId}/contributions")
    @Operation(summary = "The published contributions of a consultation (Licence Ouverte 2.0)")
    public List<ContributionJson> list(@PathVariable long consultationId) {
        return contributions.published(consultationId).stream()
                .map(contribution -> new ContributionJson(contribution.id(), contribution.kind().name(), contribution.title(),
                        contribution.body(), contribution.communeInsee(), contribution.status().name(), contribution.publishedAt().toString()))
                .toList();
    }

    @Serdeable
    public record ContributionJson(long id, String kind, String title, String body, String communeInsee, String status, String publishedAt) {
    }
}
