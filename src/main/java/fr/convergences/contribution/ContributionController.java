package fr.convergences.contribution;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.StringWriter;
import java.util.List;

/** Public, read-only contributions of a consultation: JSON, and CSV as open data. No personal data. */
@Controller("/api/consultations")
@Tag(name = "Contributions")
public class ContributionController {

    private final ContributionService contributions;
    private final OpenDataExport export;

    public ContributionController(ContributionService contributions, OpenDataExport export) {
        this.contributions = contributions;
        this.export = export;
    }

    @Get("/{consultationId}/contributions")
    @Operation(summary = "The published contributions of a consultation (Licence Ouverte 2.0)")
    public List<ContributionJson> list(@PathVariable long consultationId) {
        return contributions.published(consultationId).stream()
                .map(contribution -> new ContributionJson(contribution.id(), contribution.kind().name(), contribution.title(),
                        contribution.body(), contribution.communeInsee(), contribution.status().name(), contribution.publishedAt().toString()))
                .toList();
    }

    @Get(value = "/{consultationId}/contributions.csv", produces = "text/csv")
    @Operation(summary = "The same as CSV, with the licence in a comment line; formula-like cells are neutralised")
    public HttpResponse<String> csv(@PathVariable long consultationId) {
        StringWriter out = new StringWriter();
        export.writeCsv(consultationId, out);
        return HttpResponse.ok(out.toString())
                .contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"contributions-" + consultationId + ".csv\"");
    }

    @Serdeable
    public record ContributionJson(long id, String kind, String title, String body, String communeInsee, String status, String publishedAt) {
    }
}
