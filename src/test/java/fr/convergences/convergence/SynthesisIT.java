package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.testing.PdfUaCheck;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The synthesis: confirmed convergences by theme, with figures and quotes, as Markdown and PDF; user text inert. */
class SynthesisIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void the_synthesis_lists_confirmed_convergences_with_quotes_in_markdown_and_pdf() throws Exception {
        ConvergenceFixture fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        ContributionService contributions = platform.bean(ContributionService.class);
        String hostile =
                "Il faut plus de médecins généralistes dans les déserts médicaux <script>alert(1)</script> *vite*";
        contributions.submit(
                TestAccounts.actor(new TestAccounts(platform).create("Pirate")),
                fixture.consultation,
                new ContributionForm(ContributionKind.NEED, "Médecins", hostile, Set.of(), null));
        ConvergenceService convergences = platform.bean(ConvergenceService.class);
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors = convergences.list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream()
                        .anyMatch(member -> member.contributionId() == fixture.doctors.getFirst()))
                .findFirst()
                .orElseThrow()
                .convergence()
                .id();
        convergences.rename(fixture.moderator, doctors, "Des médecins généralistes près de chez soi");
        convergences.confirm(fixture.moderator, doctors);

        HttpClient http = HttpClient.newHttpClient();
        String markdown = http.send(
                        HttpRequest.newBuilder(
                                        platform.uri("/api/consultations/" + fixture.consultation + "/synthese.md"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(markdown)
                .contains(
                        "# Synthèse de la consultation",
                        "### Des médecins généralistes près de chez soi",
                        "voix distinctes",
                        "> « ",
                        "contribution en ligne",
                        "Licence Ouverte 2.0")
                .doesNotContain("<script>", "Mme", "Habitant 0");
        if (markdown.contains("&lt;script")) { // when the hostile contribution is among the quotes
            assertThat(markdown).contains("&lt;script&gt;alert(1)&lt;/script&gt; \\*vite\\*");
        }

        HttpResponse<byte[]> pdf = http.send(
                HttpRequest.newBuilder(platform.uri("/api/consultations/" + fixture.consultation + "/synthese.pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Synthèse de la consultation",
                            "Des médecins généralistes près de chez soi",
                            "voix distinctes",
                            "Licence Ouverte 2.0");
        }
        assertThat(PdfUaCheck.failures(pdf.body()))
                .as("veraPDF, PDF/UA-1 profile")
                .isEmpty();
        assertThat(PdfUaCheck.structureTypes(pdf.body()))
                .startsWith("Document", "H1")
                .contains("H2", "H3", "P");
    }

    @Test
    void a_consultation_without_confirmed_convergence_says_so() throws Exception {
        ConvergenceFixture fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        String markdown = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(platform.uri(
                                        "/api/consultations/" + fixture.consultation + "/synthese.md?lang=en"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(markdown).contains("# Synthesis of the consultation", "No convergence has been confirmed yet.");
    }

    @Test
    void markdown_special_characters_and_html_of_contributions_are_escaped() {
        assertThat(SynthesisMarkdown.escape("<b>*x*</b> [lien](javascript:1) # & _"))
                .isEqualTo("&lt;b&gt;\\*x\\*&lt;/b&gt; \\[lien\\](javascript:1) # &amp; \\_");
        assertThat(SynthesisMarkdown.escape("# Titre\n- liste")).isEqualTo("\\# Titre - liste");
        assertThat(SynthesisMarkdown.escape("1. premier")).isEqualTo("1\\. premier");
    }

    /** Every payload of the injection corpus, rendered by a CommonMark renderer as the synthesis would be: one paragraph of text, nothing else. */
    @Test
    void every_injection_payload_stays_plain_text_when_the_markdown_synthesis_is_rendered() {
        org.commonmark.parser.Parser parser =
                org.commonmark.parser.Parser.builder().build();
        org.commonmark.renderer.html.HtmlRenderer renderer =
                org.commonmark.renderer.html.HtmlRenderer.builder().build();
        java.util.List<String> active = new java.util.ArrayList<>();
        for (String payload : fr.convergences.testing.InjectionPayloads.all()) {
            String html = renderer.render(parser.parse("> « " + SynthesisMarkdown.escape(payload) + " »"))
                    .strip();
            String inner = html.replaceFirst("^<blockquote>\\s*<p>", "").replaceFirst("</p>\\s*</blockquote>$", "");
            if (inner.contains("<") || inner.contains(">")) {
                active.add(payload + " → " + html);
            }
        }
        assertThat(active).as("payloads that became markup").isEmpty();
    }
}
