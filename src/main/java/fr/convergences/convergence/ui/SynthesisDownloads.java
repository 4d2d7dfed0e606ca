package fr.convergences.convergence.ui;

import fr.convergences.base.api.Downloads;
import fr.convergences.convergence.SynthesisDocument;
import fr.convergences.convergence.SynthesisDocumentMarkdown;
import fr.convergences.convergence.SynthesisDocumentPdf;
import fr.convergences.convergence.SynthesisDocumentService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * A published synthesis version as a download, whatever its source: Markdown shown in the browser, PDF saved, JSON
 * for open data. The controllers of each source ({@link SynthesisVersionController}, {@link RegionalSynthesisController})
 * find the version at their own addresses and answer through here, so that both sources serve the same files.
 */
@Singleton
public class SynthesisDownloads {

    private final SynthesisDocumentService documents;
    private final SynthesisDocumentMarkdown markdown;
    private final SynthesisDocumentPdf pdf;

    public SynthesisDownloads(
            SynthesisDocumentService documents, SynthesisDocumentMarkdown markdown, SynthesisDocumentPdf pdf) {
        this.documents = documents;
        this.markdown = markdown;
        this.pdf = pdf;
    }

    /** {@code fileName}: without its extension. */
    HttpResponse<String> markdown(SynthesisDocument version, Locale locale, String fileName) {
        return HttpResponse.ok(markdown.render(version, locale))
                .contentType(MediaType.of("text/markdown; charset=utf-8"))
                .header("Content-Disposition", Downloads.inline(fileName + ".md"));
    }

    HttpResponse<byte[]> pdf(SynthesisDocument version, Locale locale, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render(version, locale, out);
        return HttpResponse.ok(out.toByteArray())
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", Downloads.attachment(fileName + ".pdf"));
    }

    HttpResponse<String> json(SynthesisDocument version) {
        return HttpResponse.ok(documents.json(version)).contentType(MediaType.of("application/json; charset=utf-8"));
    }
}
