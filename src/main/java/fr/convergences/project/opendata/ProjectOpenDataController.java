package fr.convergences.project.opendata;

import fr.convergences.base.api.Downloads;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

/**
 * A council's projet territorial de santé and decisions as open data files (Licence Ouverte 2.0), CSV and JSON, one
 * endpoint per format with the data set in the path: {@code actions}, {@code indicateurs}, {@code mesures},
 * {@code decisions}. An unknown council or set is a 404, before anything is written.
 */
@Controller("/api/councils")
@Tag(name = "Projet territorial de santé")
public class ProjectOpenDataController {

    private static final String SETS =
            "actions: the published projet's actions (axis, owner organisation, partners, communes, dates, "
                    + "budget, status, the motions, convergences and contributions each answers); indicateurs: its indicators (definition, "
                    + "unit, source, baseline, target, co-adoption with the users' college); mesures: every measured value (territory, or "
                    + "one commune by INSEE code) with its provenance; decisions: the council's published motions with the result of their "
                    + "vote (counts only, never who voted what) and the ARS follow-up. Multiple values in a CSV cell are separated by \" | \". "
                    + "No personal data.";

    private final ProjectOpenData openData;

    public ProjectOpenDataController(ProjectOpenData openData) {
        this.openData = openData;
    }

    @Get(value = "/{slug}/opendata/{dataset}.csv", produces = "text/csv")
    @Operation(
            summary = "One open data set of a council's projet territorial de santé, as CSV (Licence Ouverte 2.0)",
            description =
                    "UTF-8, comma-separated. Two comment lines (#) state the licence and the source; then the header line. "
                            + SETS + " Cells that a spreadsheet would run as formulas start with an apostrophe.")
    @ApiResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such council or data set")
    public HttpResponse<Writable> csv(
            @PathVariable String slug,
            @Parameter(schema = @Schema(allowableValues = {"actions", "indicateurs", "mesures", "decisions"}))
                    @PathVariable
                    String dataset) {
        OpenDataSet set = OpenDataSet.named(dataset).orElse(null);
        if (set == null) {
            return HttpResponse.notFound();
        }
        openData.council(slug);
        return HttpResponse.<Writable>ok(out -> openData.writeCsv(slug, set, out))
                .contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", Downloads.attachment(slug + "-" + set.fileName() + ".csv"));
    }

    @Get(value = "/{slug}/opendata/{dataset}.json", produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "One open data set of a council's projet territorial de santé, as one JSON document (Licence Ouverte 2.0)",
            description =
                    "The licence and the source, the council, the set's name and columns, then one object per row keyed by column. "
                            + SETS)
    @ApiResponse(
            responseCode = "200",
            description = "The JSON document",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectOpenDataDocument.class)))
    @ApiResponse(responseCode = "404", description = "No such council or data set")
    public HttpResponse<Writable> json(
            @PathVariable String slug,
            @Parameter(schema = @Schema(allowableValues = {"actions", "indicateurs", "mesures", "decisions"}))
                    @PathVariable
                    String dataset) {
        OpenDataSet set = OpenDataSet.named(dataset).orElse(null);
        if (set == null) {
            return HttpResponse.notFound();
        }
        openData.council(slug);
        return HttpResponse.<Writable>ok(out -> openData.writeJson(slug, set, out))
                .contentType(MediaType.of("application/json; charset=utf-8"))
                .header("Content-Disposition", Downloads.inline(slug + "-" + set.fileName() + ".json"));
    }

    /** The shape of the JSON document, for the OpenAPI description and for clients; written field by field by {@link ProjectOpenData}. */
    @Serdeable
    @Schema(name = "ProjectOpenDataDocument")
    public record ProjectOpenDataDocument(
            @Schema(description = "Licence Ouverte 2.0 (Etalab) and its address")
            String licence,

            @Schema(description = "Council, data set and date of the export, as the licence asks")
            String source,

            OpenDataCouncil council,

            @Schema(allowableValues = {"actions", "indicateurs", "mesures", "decisions"})
            String dataset,

            List<String> columns,

            @ArraySchema(
                    schema =
                            @Schema(
                                    description =
                                            "One row: its values keyed by column name (numbers, text, ISO 8601 dates, "
                                                    + "true/false, lists, or null)"))
            List<Map<String, Object>> rows) {}

    @Serdeable
    @Schema(name = "OpenDataCouncil")
    public record OpenDataCouncil(String slug, String name) {}
}
