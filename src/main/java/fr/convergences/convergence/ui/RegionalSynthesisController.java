package fr.convergences.convergence.ui;

import fr.convergences.base.api.Downloads;
import fr.convergences.base.i18n.Messages;
import fr.convergences.convergence.RegionalSynthesisService;
import fr.convergences.convergence.SynthesisDocumentMarkdown;
import fr.convergences.convergence.SynthesisDocumentPdf;
import fr.convergences.convergence.SynthesisDocumentService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * A published regional synthesis version at its stable address, as Markdown, PDF or JSON (open data, Licence Ouverte
 * 2.0), in French or English (?lang=en): the council synthesis's renderers, on the same document.
 */
@Controller("/api/syntheses/regionales")
@Tag(name = "Convergences")
public class RegionalSynthesisController {

    private final RegionalSynthesisService regional;
    private final SynthesisDocumentService documents;
    private final SynthesisDocumentMarkdown markdown;
    private final SynthesisDocumentPdf pdf;

    public RegionalSynthesisController(RegionalSynthesisService regional, SynthesisDocumentService documents, SynthesisDocumentMarkdown markdown,
                                       SynthesisDocumentPdf pdf) {
        this.regional = regional;
        this.documents = documents;
        this.markdown = markdown;
        this.pdf = pdf;
    }

    @Get(value = "/{id}/v/{number}.md", produces = "text/markdown")
    @Operation(summary = "A published version of a regional synthesis, as Markdown")
    public HttpResponse<String> markdown(@PathVariable long id, @PathVariable int number, @Nullable @QueryValue String lang) {
        Locale locale = Messages.requested(lang);
        return HttpResponse.ok(markdown.render(regional.version(id, number, locale), locale))
                .contentType(MediaType.of("text/markdown; charset=utf-8"))
                .header("Content-Disposition", Downloads.inline("synthese-regionale-" + id + "-v" + number + ".md"));
    }

    @Get(value = "/{id}/v/{number}.pdf", produces = "application/pdf")
    @Operation(summary = "The same version as a PDF")
    public HttpResponse<byte[]> pdf(@PathVariable long id, @PathVariable int number, @Nullable @QueryValue String lang) {
        Locale locale = Messages.requested(lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render(regional.version(id, number, locale), locale, out);
        return HttpResponse.ok(out.toByteArray()).contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", Downloads.attachment("synthese-regionale-" + id + "-v" + number + ".pdf"));
    }

    @Get(value = "/{id}/v/{number}.json", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The same version as JSON (open data)")
    public HttpResponse<String> json(@PathVariable long id, @PathVariable int number, @Nullable @QueryValue String lang) {
        return HttpResponse.ok(documents.json(regional.version(id, number, Messages.requested(lang))))
                .contentType(MediaType.of("application/json; charset=utf-8"));
    }
}
