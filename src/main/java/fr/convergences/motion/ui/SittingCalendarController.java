package fr.convergences.motion.ui;

import fr.convergences.base.UserFacingException;
import fr.convergences.base.api.Downloads;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.motion.application.SittingService;
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

/** A sitting as an iCalendar file: the link every convocation carries, to add the sitting to one's calendar. */
@Controller("/api")
@Tag(name = "Sittings")
public class SittingCalendarController {

    private final SittingService sittings;
    private final PublicUrl publicUrl;

    public SittingCalendarController(SittingService sittings, PublicUrl publicUrl) {
        this.sittings = sittings;
        this.publicUrl = publicUrl;
    }

    @Get(value = "/sittings/{sittingId}.ics", produces = "text/calendar")
    @Operation(summary = "One sitting of a council as an iCalendar file (RFC 5545)")
    @ApiResponse(
            responseCode = "200",
            description = "The iCalendar file",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such sitting")
    public HttpResponse<String> sitting(@PathVariable long sittingId) {
        try {
            return HttpResponse.ok(sittings.calendar(sittingId, publicUrl.base()))
                    .contentType(MediaType.of("text/calendar; charset=utf-8"))
                    .header("Content-Disposition", Downloads.attachment("seance-" + sittingId + ".ics"));
        } catch (UserFacingException unknown) {
            return HttpResponse.notFound();
        }
    }
}
