package fr.convergences.motion.ui;

import fr.convergences.base.api.Downloads;
import fr.convergences.motion.application.MinutesService;
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

/** The minutes (procès-verbal) of a closed voting session as a PDF, public like the result itself. */
@Controller("/api/voting-sessions")
@Tag(name = "Votes")
public class MinutesController {

    private final MinutesService minutes;

    public MinutesController(MinutesService minutes) {
        this.minutes = minutes;
    }

    @Get(value = "/{sessionId}/minutes.pdf", produces = "application/pdf")
    @Operation(
            summary = "The minutes of a closed voting session (PDF, in French)",
            description =
                    "Present, represented, substitutes, declared interests, the count with its per-college breakdown, the outcome, "
                            + "who voted what for a roll-call vote, and the published head of the session's hash chain.")
    @ApiResponse(
            responseCode = "200",
            description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "No such session, or not closed yet")
    public HttpResponse<byte[]> pdf(@PathVariable long sessionId) {
        return HttpResponse.ok(minutes.pdf(sessionId))
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", Downloads.inline("proces-verbal-" + sessionId + ".pdf"));
    }
}
