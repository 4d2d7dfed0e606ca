package fr.convergences.testing;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * veraPDF, the PDF Association's reference validator, on a PDF held in memory, against the PDF/UA-1 profile
 * (ISO 14289-1, machine-checkable part: structure, fonts, metadata, links, artifacts). Reading order, alternative
 * texts' wording and contrast stay for a person to judge.
 */
public final class PdfUaCheck {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaCheck() {
    }

    /** One line per failed rule (clause, test number, what it says, how often); empty when the file conforms. */
    public static List<String> failures(byte[] pdf) throws Exception {
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            result = validator.validate(parser);
        }
        List<String> failed = result.getTestAssertions().stream().filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
                .distinct().toList();
        if (failed.isEmpty() && !result.isCompliant()) {
            return List.of("not compliant, with no failed rule reported");
        }
        return failed;
    }
}
