package fr.convergences.motion.ui;

import fr.convergences.base.UserFacingException;
import fr.convergences.base.api.Downloads;
import fr.convergences.motion.application.SittingMinutesService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The minutes (procès-verbal) of a whole sitting as a PDF, public once the secretariat has validated them. */
@Controller("/api")
@Tag(name = "Sittings")
public class SittingMinutesController {

    private final SittingMinutesService minutes;

    public SittingMinutesController(SittingMinutesService minutes) {
        this.minutes = minutes;
    }

    @Get(value = "/sittings/{sittingId}/minutes.pdf", produces = "application/pdf")
    @Operation(
            summary = "The minutes of a sitting (PDF, in French)",
            description =
                    "The agenda in order with its documents, attendance, arrivals and departures, each item with each vote held on it "
                            + "(a secret vote's small colleges merged as in its published result), and the secretariat's validation.")
    @ApiResponse(
            responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such sitting, or its minutes are not validated yet")
    public HttpResponse<byte[]> pdf(@PathVariable long sittingId) {
        try {
            return HttpResponse.ok(minutes.pdf(sittingId))
                    .contentType(MediaType.of("application/pdf"))
                    .header("Content-Disposition", Downloads.inline("proces-verbal-seance-" + sittingId + ".pdf"));
        } catch (UserFacingException notPublished) {
            return HttpResponse.notFound();
        }
    }
}
