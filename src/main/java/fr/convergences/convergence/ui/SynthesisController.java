package fr.convergences.convergence.ui;

import fr.convergences.base.api.Downloads;
import fr.convergences.base.i18n.Messages;
import fr.convergences.convergence.Synthesis;
import fr.convergences.convergence.SynthesisMarkdown;
import fr.convergences.convergence.SynthesisPdf;
import fr.convergences.convergence.SynthesisService;
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

/** A consultation's synthesis (its confirmed convergences), as Markdown and as PDF, in French or English (?lang=en). */
@Controller("/api/consultations")
@Tag(name = "Convergences")
public class SynthesisController {

    private final SynthesisService syntheses;
    private final SynthesisMarkdown markdown;
    private final SynthesisPdf pdf;

    public SynthesisController(SynthesisService syntheses, SynthesisMarkdown markdown, SynthesisPdf pdf) {
        this.syntheses = syntheses;
        this.markdown = markdown;
        this.pdf = pdf;
    }

    @Get(value = "/{consultationId}/synthese.md", produces = "text/markdown")
    @Operation(summary = "The synthesis of a consultation's confirmed convergences, as Markdown")
    public HttpResponse<String> markdown(@PathVariable long consultationId, @Nullable @QueryValue String lang) {
        Locale locale = Messages.requested(lang);
        return HttpResponse.ok(markdown.render(syntheses.synthesis(consultationId, locale), locale))
                .contentType(MediaType.of("text/markdown; charset=utf-8"))
                .header("Content-Disposition", Downloads.attachment("synthese-" + consultationId + ".md"));
    }

    @Get(value = "/{consultationId}/synthese.pdf", produces = "application/pdf")
    @Operation(summary = "The same synthesis as a PDF")
    public HttpResponse<byte[]> pdf(@PathVariable long consultationId, @Nullable @QueryValue String lang) {
        Locale locale = Messages.requested(lang);
        Synthesis synthesis = syntheses.synthesis(consultationId, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render(synthesis, locale, out);
        return HttpResponse.ok(out.toByteArray())
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", Downloads.attachment("synthese-" + consultationId + ".pdf"));
    }
}
