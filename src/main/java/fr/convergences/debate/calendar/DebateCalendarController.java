package fr.convergences.debate.calendar;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.api.Downloads;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.web.PublicUrl;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;

/**
 * Debates in iCalendar format: one debate's file, and each council's feed of its upcoming debates. A cancelled
 * debate answers 410 Gone with a sentence in the person's language (from Accept-Language) saying so and why.
 */
@Controller("/api")
@Tag(name = "Debates")
public class DebateCalendarController {

    private static final String CALENDAR = "text/calendar; charset=utf-8";

    private final DebateCalendar calendar;
    private final I18NProvider messages;
    private final PublicUrl publicUrl;

    public DebateCalendarController(DebateCalendar calendar, I18NProvider messages, PublicUrl publicUrl) {
        this.calendar = calendar;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @Get(value = "/debates/{debateId}.ics", produces = "text/calendar")
    @Operation(summary = "One public debate as an iCalendar file (RFC 5545)")
    @ApiResponse(
            responseCode = "200",
            description = "The iCalendar file",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such public debate")
    @ApiResponse(
            responseCode = "410",
            description = "The debate was cancelled: a sentence saying so, and why",
            content = @Content(mediaType = "text/plain"))
    public HttpResponse<String> debate(@PathVariable long debateId, HttpRequest<?> request) {
        try {
            return HttpResponse.ok(calendar.debate(debateId, publicUrl.base()))
                    .contentType(MediaType.of(CALENDAR))
                    .header("Content-Disposition", Downloads.attachment("debat-" + debateId + ".ics"));
        } catch (UserFacingException refusal) {
            Locale locale = Messages.supported(request.getLocale().orElse(Messages.FRENCH));
            String text = messages.getTranslation(refusal.messageKey(), locale, refusal.arguments());
            HttpStatus status =
                    "debate.ical.cancelled".equals(refusal.messageKey()) ? HttpStatus.GONE : HttpStatus.NOT_FOUND;
            return HttpResponse.<String>status(status)
                    .body(text)
                    .contentType(MediaType.of("text/plain; charset=utf-8"));
        }
    }

    @Get(value = "/councils/{slug}/debates.ics", produces = "text/calendar")
    @Operation(summary = "A council's upcoming public debates as an iCalendar feed to subscribe to")
    @ApiResponse(
            responseCode = "200",
            description = "The iCalendar feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such council")
    public HttpResponse<String> council(@PathVariable String slug) {
        return calendar.council(slug, publicUrl.base())
                .map(feed -> HttpResponse.ok(feed)
                        .contentType(MediaType.of(CALENDAR))
                        .header("Content-Disposition", Downloads.inline("debats-" + slug + ".ics")))
                .orElseGet(HttpResponse::notFound);
    }
}
