package fr.convergences.project.diagnostic;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A published version of a council's diagnostic territorial at its stable address, as a PDF (public). */
@Controller("/api/councils")
@Tag(name = "Projet territorial de santé")
public class DiagnosticPdfController {

    private final DiagnosticService diagnostics;

    public DiagnosticPdfController(DiagnosticService diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Get(value = "/{slug}/diagnostic/{number}.pdf", produces = "application/pdf")
    @Operation(summary = "A published version of the council's diagnostic territorial, as a PDF")
    public HttpResponse<byte[]> pdf(@PathVariable String slug, @PathVariable int number) {
        byte[] pdf = DiagnosticPdf.render(diagnostics.published(slug, number));
        return HttpResponse.ok(pdf)
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"diagnostic-" + slug + "-v" + number + ".pdf\"");
    }
}
