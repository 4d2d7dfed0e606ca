package fr.convergences.convergence.ui;

import fr.convergences.base.i18n.Messages;
import fr.convergences.convergence.RegionalSynthesisService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;

/**
 * A published regional synthesis version at its stable address, as Markdown, PDF or JSON (open data, Licence Ouverte
 * 2.0), in French or English (?lang=en): the council synthesis's renderers, on the same document.
 */
@Controller("/api/syntheses/regionales")
@Tag(name = "Convergences")
public class RegionalSynthesisController {

    private final RegionalSynthesisService regional;
    private final SynthesisDownloads downloads;

    public RegionalSynthesisController(RegionalSynthesisService regional, SynthesisDownloads downloads) {
        this.regional = regional;
        this.downloads = downloads;
    }

    @Get(value = "/{id}/v/{number}.md", produces = "text/markdown")
    @Operation(summary = "A published version of a regional synthesis, as Markdown")
    public HttpResponse<String> markdown(
            @PathVariable long id, @PathVariable int number, @Nullable @QueryValue String lang) {
        Locale locale = Messages.requested(lang);
        return downloads.markdown(
                regional.version(id, number, locale), locale, "synthese-regionale-" + id + "-v" + number);
    }

    @Get(value = "/{id}/v/{number}.pdf", produces = "application/pdf")
    @Operation(summary = "The same version as a PDF")
    public HttpResponse<byte[]> pdf(
            @PathVariable long id, @PathVariable int number, @Nullable @QueryValue String lang) {
        Locale locale = Messages.requested(lang);
        return downloads.pdf(regional.version(id, number, locale), locale, "synthese-regionale-" + id + "-v" + number);
    }

    @Get(value = "/{id}/v/{number}.json", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The same version as JSON (open data)")
    public HttpResponse<String> json(
            @PathVariable long id, @PathVariable int number, @Nullable @QueryValue String lang) {
        return downloads.json(regional.version(id, number, Messages.requested(lang)));
    }
}
