package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.PdfUaCheck;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The versioned synthesis document on real PostgreSQL: drafts, versions that never change, differences, hidden contributions. */
class SynthesisDocumentIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);
    private final SynthesisDocumentService documents = platform.bean(SynthesisDocumentService.class);
    private ConvergenceFixture fixture;
    private long doctors;
    private long elderly;

    @BeforeEach
    void confirmedConvergence() {
        fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        convergences.compute(fixture.moderator, fixture.consultation);
        doctors = holding(fixture.doctors.getFirst());
        elderly = holding(fixture.elderly.getFirst());
        convergences.rename(fixture.moderator, doctors, "Des médecins près de chez soi");
        convergences.confirm(fixture.moderator, doctors);
    }

    private long holding(long member) {
        return convergences.list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(m -> m.contributionId() == member))
                .findFirst()
                .orElseThrow()
                .convergence()
                .id();
    }

    private void draft(String title, String framing) {
        documents.saveDraft(
                fixture.moderator, fixture.consultation, new SynthesisDocumentService.Draft(title, framing, Map.of()));
    }

    private static List<SynthesisDocument.Group> groups(SynthesisDocument document) {
        return document.themes().stream()
                .flatMap(section -> section.convergences().stream())
                .toList();
    }

    @Test
    void a_published_version_holds_the_themes_convergences_quotes_sources_and_figures_and_never_names_a_person()
            throws Exception {
        draft("Synthèse des besoins de santé", "Ce que les habitants ont dit.\n\nCe qui manque : les jeunes.");
        int number = documents.publish(fixture.moderator, fixture.consultation);
        SynthesisDocument v1 = documents.version(fixture.consultation, number, Locale.FRENCH);

        assertThat(number).isEqualTo(1);
        assertThat(v1.title()).isEqualTo("Synthèse des besoins de santé");
        SynthesisDocument.Group group = groups(v1).stream()
                .filter(g -> g.label().equals("Des médecins près de chez soi"))
                .findFirst()
                .orElseThrow();
        assertThat(group.quotes()).hasSizeBetween(2, 4);
        assertThat(group.quotes())
                .extracting(SynthesisDocument.Quote::link)
                .allSatisfy(link -> assertThat(link).contains("/contributions/"));
        assertThat(group.voices()).contains("4 voix distinctes");
        long contributions = new TestSql(platform)
                .count(
                        "SELECT count(*) FROM contribution WHERE consultation_id = ? AND status = 'PUBLISHED' AND NOT hidden",
                        fixture.consultation);
        assertThat(v1.figures().contributions()).isEqualTo(contributions);
        assertThat(v1.themes().stream()
                                .flatMap(section -> section.others().stream())
                                .count()
                        + group.contributions())
                .as("every contribution is in the document once")
                .isEqualTo(contributions);
        assertThat(v1.sources().residents()).isNotEmpty();
        String markdown = platform.bean(SynthesisDocumentMarkdown.class).render(v1, Locale.FRENCH);
        assertThat(markdown)
                .contains(
                        "# Synthèse des besoins de santé",
                        "Ce qui manque : les jeunes.",
                        "Version 1",
                        "Des médecins près de chez soi",
                        ConvergenceFixture.NOISE.getFirst())
                .doesNotContain("Habitant 0", "Aidante");
        assertThat(documents.json(v1)).contains("\"title\":\"Synthèse des besoins de santé\"", "\"number\":1");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        platform.bean(SynthesisDocumentPdf.class).render(v1, Locale.FRENCH, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Des médecins près de chez soi");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void the_pdf_has_a_structure_tree_of_headings_and_paragraphs_in_reading_order() throws Exception {
        draft("Synthèse des besoins de santé", "Ce que les habitants ont dit.");
        int number = documents.publish(fixture.moderator, fixture.consultation);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        platform.bean(SynthesisDocumentPdf.class)
                .render(documents.version(fixture.consultation, number, Locale.FRENCH), Locale.FRENCH, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            var tree = document.getDocumentCatalog().getStructureTreeRoot();
            assertThat(tree).as("a structure tree").isNotNull();
            var top = (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
                    tree.getKids().getFirst();
            assertThat(top.getStructureType()).isEqualTo("Document");
            List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> elements =
                    top.getKids().stream()
                            .map(kid ->
                                    (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
                                            kid)
                            .toList();
            assertThat(elements)
                    .extracting(element -> element.getStructureType())
                    .startsWith("H1", "P", "P")
                    .contains("H2", "H3");
            // The H1 is the title's own marked content, read back from the page.
            int title = (Integer) elements.getFirst().getKids().getFirst();
            var extractor = new org.apache.pdfbox.text.PDFMarkedContentExtractor();
            extractor.processPage(document.getPage(0));
            String text = extractor.getMarkedContents().stream()
                    .filter(content -> content.getMCID() == title)
                    .flatMap(content -> content.getContents().stream())
                    .filter(org.apache.pdfbox.text.TextPosition.class::isInstance)
                    .map(position -> ((org.apache.pdfbox.text.TextPosition) position).getUnicode())
                    .collect(java.util.stream.Collectors.joining());
            assertThat(text).isEqualTo("Synthèse des besoins de santé");
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Des médecins près de chez soi");
        }
    }

    @Test
    void a_correction_makes_version_2_with_the_differences_and_version_1_stays_as_it_was() {
        draft("Synthèse", "Premier cadrage.");
        documents.publish(fixture.moderator, fixture.consultation);
        convergences.rename(fixture.moderator, elderly, "Des soignants en EHPAD");
        convergences.confirm(fixture.moderator, elderly);
        draft("Synthèse corrigée", "Premier cadrage.");

        assertThat(documents.publish(fixture.moderator, fixture.consultation)).isEqualTo(2);

        SynthesisDocument v1 = documents.version(fixture.consultation, 1, Locale.FRENCH);
        SynthesisDocument v2 = documents.version(fixture.consultation, 2, Locale.FRENCH);
        assertThat(v1.title()).isEqualTo("Synthèse");
        assertThat(groups(v1)).extracting(SynthesisDocument.Group::label).doesNotContain("Des soignants en EHPAD");
        assertThat(groups(v2))
                .extracting(SynthesisDocument.Group::label)
                .contains("Des soignants en EHPAD", "Des médecins près de chez soi");
        assertThat(v2.differences())
                .anySatisfy(line -> assertThat(line).contains("« Synthèse » devient « Synthèse corrigée »"))
                .anySatisfy(line -> assertThat(line).contains("nouvelle convergence « Des soignants en EHPAD »"));
        assertThat(documents.versions(fixture.consultation))
                .extracting(SynthesisDocumentService.VersionSummary::number)
                .containsExactly(2, 1);
        assertThatThrownBy(() -> new TestSql(platform)
                        .update(
                                "UPDATE synthesis_version SET title = 'Réécrite' WHERE consultation_id = ?",
                                fixture.consultation))
                .rootCause()
                .hasMessageContaining("never changes");
        assertThatThrownBy(() -> new TestSql(platform)
                        .update("DELETE FROM synthesis_version WHERE consultation_id = ?", fixture.consultation))
                .rootCause()
                .hasMessageContaining("never changes");
    }

    @Test
    void a_contribution_hidden_after_publication_leaves_the_quotes_and_counts_and_the_version_says_so() {
        draft("Synthèse", "");
        documents.publish(fixture.moderator, fixture.consultation);
        SynthesisDocument before = documents.version(fixture.consultation, 1, Locale.FRENCH);
        long hidden = groups(before).getFirst().quotes().getFirst().contribution();
        String text = groups(before).getFirst().quotes().getFirst().text();

        platform.bean(ModerationService.class).hide(fixture.moderator, hidden, "Propos contraires à la charte");

        SynthesisDocument after = documents.version(fixture.consultation, 1, Locale.FRENCH);
        assertThat(after.withdrawn()).isEqualTo(1);
        assertThat(after.figures().contributions()).isEqualTo(before.figures().contributions() - 1);
        assertThat(groups(after).getFirst().voices()).contains("3 voix distinctes");
        assertThat(groups(after).getFirst().quotes())
                .hasSizeGreaterThanOrEqualTo(2)
                .extracting(SynthesisDocument.Quote::text)
                .doesNotContain(text);
        assertThat(platform.bean(SynthesisDocumentMarkdown.class).render(after, Locale.FRENCH))
                .contains("1 contribution retirée depuis la publication")
                .doesNotContain(text);
    }

    @Test
    void only_the_councils_editors_draft_and_publish_and_bad_input_changes_nothing() {
        assertThatThrownBy(() -> documents.publish(Actor.ANONYMOUS, fixture.consultation))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.publish(fixture.moderator, fixture.consultation))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("synthesis.publish.noDraft");
        assertThatThrownBy(() -> draft("  ", ""))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("synthesis.title.required");
        assertThatThrownBy(() -> draft("Deux\nlignes", "")).isInstanceOf(UserFacingException.class);
        assertThat(documents.versions(fixture.consultation)).isEmpty();
        assertThatThrownBy(() -> documents.version(fixture.consultation, 7, Locale.FRENCH))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_published_pdf_downloaded_from_its_address_meets_pdf_ua_1() throws Exception {
        // A framing long enough to run over a page: elements marked on two pages, page numbers on several.
        String framing = "Ce que les habitants ont dit de l’accès aux soins, commune par commune. "
                .repeat(120)
                .strip();
        draft("Synthèse <santé> & accès aux soins", framing);
        documents.publish(fixture.moderator, fixture.consultation);
        convergences.rename(fixture.moderator, elderly, "Des soignants en EHPAD");
        convergences.confirm(fixture.moderator, elderly);
        draft("Synthèse <santé> & accès aux soins", framing + " Corrigé.");
        int number = documents.publish(fixture.moderator, fixture.consultation);

        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(platform.uri(
                                        "/api/consultations/" + fixture.consultation + "/synthese/" + number + ".pdf"))
                                .build(),
                        BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] pdf = download.body();

        assertThat(PdfUaCheck.failures(pdf)).as("veraPDF, PDF/UA-1 profile").isEmpty();
        // The differences from v1 and the sources are bulleted lines, tagged as lists: a bullet (Lbl) and its text
        // (LBody).
        assertThat(PdfUaCheck.structureTypes(pdf)).containsSubsequence("L", "LI", "Lbl", "LBody");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>", "Synthèse &lt;santé&gt; &amp; accès aux soins");
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded())
                            .as("font %s embedded", font)
                            .isTrue();
                }
                page.getAnnotations().stream()
                        .filter(PDAnnotationLink.class::isInstance)
                        .map(PDAnnotationLink.class::cast)
                        .forEach(links::add);
            }
            // Every quote's link: its annotation says where it goes, and the Link element it belongs to holds a
            // reference to it.
            assertThat(links).hasSizeGreaterThanOrEqualTo(2);
            var parentTree = catalog.getStructureTreeRoot().getParentTree();
            for (PDAnnotationLink link : links) {
                assertThat(link.getContents()).startsWith("Lire la contribution en ligne");
                COSObjectable value = numberTreeValue(parentTree, link.getStructParent());
                assertThat(value)
                        .as("the annotation's StructParent is in the parent tree")
                        .isNotNull();
                var element = (PDStructureElement) PDStructureNode.create((COSDictionary) value.getCOSObject());
                assertThat(element.getStructureType()).isEqualTo("Link");
                assertThat(element.getKids())
                        .anySatisfy(kid -> assertThat(kid)
                                .isInstanceOfSatisfying(
                                        PDObjectReference.class,
                                        reference -> assertThat(reference
                                                        .getReferencedObject()
                                                        .getCOSObject())
                                                .isSameAs(link.getCOSObject())));
            }
        }
    }

    /** A value of the structure parent tree, however OpenPDF split it into kids. */
    private static COSObjectable numberTreeValue(PDNumberTreeNode node, int key) throws java.io.IOException {
        if (node.getNumbers() != null && node.getNumbers().containsKey(key)) {
            return node.getNumbers().get(key);
        }
        for (PDNumberTreeNode kid : node.getKids() == null ? List.<PDNumberTreeNode>of() : node.getKids()) {
            COSObjectable value = numberTreeValue(kid, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
