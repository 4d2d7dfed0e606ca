package fr.convergences.contribution.exchange;

import fr.convergences.base.api.Downloads;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consultation's public contributions as open data files (Licence Ouverte 2.0), CSV and JSON. The
 * body is a {@link Writable}: Micronaut's servlet engine hands it the response's output stream, so
 * rows go to the client as the database cursor reads them, never gathered in memory.
 */
@Controller("/api/consultations")
@Tag(name = "Contributions")
public class OpenDataController {

    private final OpenDataExport export;

    public OpenDataController(OpenDataExport export) {
        this.export = export;
    }

    @Get(value = "/{consultationId}/contributions.csv", produces = "text/csv")
    @Operation(
            summary = "The public contributions of a consultation as CSV (Licence Ouverte 2.0)",
            description =
                    "UTF-8, comma-separated, streamed. Two comment lines (#) state the licence and the source; then a header "
                            + "line: id, consultation, type, titre, texte, commune_insee, statut, origine, themes (separated by \" | \"), "
                            + "soutiens, commentaires, reponse_officielle, publie_le (ISO 8601, UTC). No personal data; cells that a "
                            + "spreadsheet would run as formulas start with an apostrophe.")
    @ApiResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such consultation")
    public HttpResponse<Writable> csv(@PathVariable long consultationId) {
        export.consultation(consultationId);
        return HttpResponse.<Writable>ok(out -> export.writeCsv(consultationId, out))
                .contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", Downloads.attachment("contributions-" + consultationId + ".csv"));
    }

    @Get(value = "/{consultationId}/contributions.json", produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The public contributions of a consultation as one JSON document (Licence Ouverte 2.0)",
            description =
                    "Streamed. The licence and the source, the consultation, then every public contribution (hidden ones and "
                            + "drafts are left out). No personal data.")
    @ApiResponse(
            responseCode = "200",
            description = "The JSON document",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpenDataDocument.class)))
    @ApiResponse(responseCode = "404", description = "No such consultation")
    public HttpResponse<Writable> json(@PathVariable long consultationId) {
        export.consultation(consultationId);
        return HttpResponse.<Writable>ok(out -> export.writeJson(consultationId, out))
                .contentType(MediaType.of("application/json; charset=utf-8"))
                .header("Content-Disposition", Downloads.inline("contributions-" + consultationId + ".json"));
    }

    /** The shape of the JSON document, for the OpenAPI description and for clients; written field by field by {@link OpenDataExport}. */
    @Serdeable
    @Schema(name = "OpenDataDocument")
    public record OpenDataDocument(
            @Schema(description = "Licence Ouverte 2.0 (Etalab) and its address")
            String licence,

            @Schema(description = "Council, consultation and date of the export, as the licence asks")
            String source,

            OpenDataConsultation consultation,

            @ArraySchema(schema = @Schema(implementation = OpenDataContribution.class))
            List<OpenDataContribution> contributions) {}

    @Serdeable
    @Schema(name = "OpenDataConsultation")
    public record OpenDataConsultation(long id, String title, String question, String council) {}

    @Serdeable
    @Schema(name = "OpenDataContribution")
    public record OpenDataContribution(
            long id,

            @Schema(allowableValues = {"NEED", "PROPOSAL", "TESTIMONY"})
            String kind,

            String title,
            String text,

            @Schema(nullable = true, description = "INSEE code of the commune") @Nullable
            String communeInsee,

            @Schema(allowableValues = {"PUBLISHED", "WITHDRAWN"})
            String status,

            @Schema(allowableValues = {"ONLINE", "MEDIATED", "DEBATE", "PAPER", "IMPORTED"})
            String origin,

            List<String> themes,
            int supportCount,
            int commentCount,

            @Schema(nullable = true, description = "Status of the council's official answer, if any") @Nullable
            String answerStatus,

            @Schema(description = "ISO 8601, UTC") String publishedAt,

            @Schema(nullable = true, description = "For an imported contribution: where it came from") @Nullable
            OpenDataSource source) {}

    @Serdeable
    @Schema(
            name = "OpenDataSource",
            description = "The other platform an imported contribution came from; never its author")
    public record OpenDataSource(
            @Schema(description = "Host of its address there; empty when the file gave none")
            String platform,

            @Schema(nullable = true) @Nullable String reference,
            @Schema(nullable = true) @Nullable String url,

            @Schema(nullable = true, description = "Supports there, not counted here") @Nullable
            Integer supports,

            @Schema(nullable = true, description = "Comments there, not counted here") @Nullable
            Integer comments) {}
}
