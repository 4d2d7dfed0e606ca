package fr.convergences.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, on a PDF held in memory, against the PDF/UA-1 profile
 * (ISO 14289-1, machine-checkable part: structure, fonts, metadata, links, artifacts). Reading order, alternative
 * texts' wording and contrast stay for a person to judge.
 */
public final class PdfUaCheck {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaCheck() {}

    /** One line per failed rule (clause, test number, what it says, how often); empty when the file conforms. */
    public static List<String> failures(byte[] pdf) throws Exception {
        ValidationResult result;
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            result = validator.validate(parser);
        }
        List<String> failed = result.getTestAssertions().stream()
                .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                .map(assertion -> assertion.getRuleId().getClause() + "-"
                        + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
                .distinct()
                .toList();
        if (failed.isEmpty() && !result.isCompliant()) {
            return List.of("not compliant, with no failed rule reported");
        }
        return failed;
    }

    /** The types of the structure elements, depth first in reading order (Document, H1, P, L, LI, Lbl, LBody, Table, TR, TH...). */
    public static List<String> structureTypes(byte[] pdf) throws IOException {
        List<String> types = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collect(document.getDocumentCatalog().getStructureTreeRoot(), types);
        }
        return types;
    }

    private static void collect(PDStructureNode node, List<String> types) {
        if (node == null) {
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }
}
