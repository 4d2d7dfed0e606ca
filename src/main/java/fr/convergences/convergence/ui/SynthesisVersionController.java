package fr.convergences.convergence.ui;

import fr.convergences.base.i18n.Messages;
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
import java.util.Locale;

/**
 * A published synthesis version at its stable address, as Markdown, PDF or JSON (open data, Licence Ouverte 2.0), in
 * French or English (?lang=en). The version's structure and texts never change; hidden or withdrawn contributions
 * leave it at once.
 */
@Controller("/api/consultations")
@Tag(name = "Convergences")
public class SynthesisVersionController {

    private final SynthesisDocumentService documents;
    private final SynthesisDownloads downloads;

    public SynthesisVersionController(SynthesisDocumentService documents, SynthesisDownloads downloads) {
        this.documents = documents;
        this.downloads = downloads;
    }

    @Get(value = "/{consultationId}/synthese/{number}.md", produces = "text/markdown")
    @Operation(summary = "A published version of the synthesis document, as Markdown")
    public HttpResponse<String> markdown(
            @PathVariable long consultationId, @PathVariable int number, @Nullable @QueryValue String lang) {
        Locale locale = Messages.requested(lang);
        return downloads.markdown(
                documents.version(consultationId, number, locale),
                locale,
                "synthese-" + consultationId + "-v" + number);
    }

    @Get(value = "/{consultationId}/synthese/{number}.pdf", produces = "application/pdf")
    @Operation(summary = "The same version as a PDF")
    public HttpResponse<byte[]> pdf(
            @PathVariable long consultationId, @PathVariable int number, @Nullable @QueryValue String lang) {
        Locale locale = Messages.requested(lang);
        return downloads.pdf(
                documents.version(consultationId, number, locale),
                locale,
                "synthese-" + consultationId + "-v" + number);
    }

    @Get(value = "/{consultationId}/synthese/{number}.json", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The same version as JSON (open data)")
    public HttpResponse<String> json(
            @PathVariable long consultationId, @PathVariable int number, @Nullable @QueryValue String lang) {
        return downloads.json(documents.version(consultationId, number, Messages.requested(lang)));
    }
}
