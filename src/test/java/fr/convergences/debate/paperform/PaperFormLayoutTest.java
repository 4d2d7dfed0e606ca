package fr.convergences.debate.paperform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.i18n.Messages;
import fr.convergences.base.pdf.StandardFontText;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Theme;
import fr.convergences.contribution.mediation.AgeBand;
import fr.convergences.testing.PdfUaCheck;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The printed form read back as a printer lays it out: every line of text with its box (PDFBox's text positions) and
 * every drawn square (the tick boxes), in page coordinates measured from the top. The consent box must stand beside
 * its own sentence, clear of the age row, and no two lines of text may overlap.
 */
class PaperFormLayoutTest {

    /** A line of text as printed: its text and its box (y grows downwards, from the top of the page). */
    record Line(String text, Rectangle2D box) {}

    private static ConsultationDetails consultation(int themeCount) {
        List<Theme> themes = IntStream.range(0, themeCount)
                .mapToObj(i -> new Theme(
                        (long) i, 1L, "Thème numéro " + (i + 1) + " : accès aux soins de proximité et prévention", i))
                .toList();
        return new ConsultationDetails(
                new Consultation(
                        1L,
                        1L,
                        "Diagnostic territorial de santé de l’Essonne",
                        "Qu’est-ce qui vous manque pour être en bonne santé près de chez vous, au quotidien, à tout âge ?",
                        null,
                        Instant.now()),
                List.of(),
                themes,
                Map.of(),
                ZoneId.of("Europe/Paris"),
                "Conseil territorial de santé de l’Essonne");
    }

    private static List<Line> lines(PDDocument document) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                float left = Float.MAX_VALUE, right = 0, top = Float.MAX_VALUE, bottom = 0;
                for (TextPosition position : positions) {
                    left = Math.min(left, position.getXDirAdj());
                    right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
                    // The glyph's box: from its cap height above the baseline to its descent below it.
                    top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
                    bottom = Math.max(bottom, position.getYDirAdj() + position.getFontSizeInPt() * 0.2f);
                }
                lines.add(new Line(text, new Rectangle2D.Float(left, top, right - left, bottom - top)));
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.writeText(document, new StringWriter());
        return lines;
    }

    /** The tick boxes: the small squares drawn on the page, converted to top-down coordinates. */
    private static List<Rectangle2D> squares(PDPage page) throws IOException {
        List<Rectangle2D> squares = new ArrayList<>();
        float height = page.getMediaBox().getHeight();
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                double x = Math.min(p0.getX(), p2.getX()), y = Math.max(p0.getY(), p2.getY());
                double w = Math.abs(p2.getX() - p0.getX()), h = Math.abs(p2.getY() - p0.getY());
                if (Math.abs(w - h) < 0.5 && w < 15) {
                    squares.add(new Rectangle2D.Double(x, height - y, w, h));
                }
            }

            @Override
            public void drawImage(PDImage image) {}

            @Override
            public void clip(int windingRule) {}

            @Override
            public void moveTo(float x, float y) {}

            @Override
            public void lineTo(float x, float y) {}

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {}

            @Override
            public void endPath() {}

            @Override
            public void strokePath() {}

            @Override
            public void fillPath(int windingRule) {}

            @Override
            public void fillAndStrokePath(int windingRule) {}

            @Override
            public void shadingFill(COSName shadingName) {}
        }.processPage(page);
        return squares;
    }

    @Test
    void the_form_meets_pdf_ua_1_its_boxes_and_rules_being_artifacts() throws Exception {
        byte[] pdf = PaperFormPdf.render(
                consultation(7),
                List.of(new FormNumber(1, 42), new FormNumber(1, 43)),
                (key, arguments) -> Messages.format(key, Locale.FRENCH, arguments));

        assertThat(PdfUaCheck.failures(pdf)).as("veraPDF, PDF/UA-1 profile").isEmpty();
        assertThat(PdfUaCheck.structureTypes(pdf))
                .startsWith("Document", "Sect")
                .contains("H1", "P");
    }

    @ParameterizedTest(name = "{0}, {1} themes")
    @CsvSource({"fr, 0", "fr, 7", "en, 4", "fr, 12"})
    void the_consent_box_stands_beside_its_sentence_clear_of_the_age_row_and_no_two_lines_overlap(
            String language, int themes) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        byte[] pdf = PaperFormPdf.render(
                consultation(themes),
                List.of(new FormNumber(1, 42)),
                (key, arguments) -> Messages.format(key, locale, arguments));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            List<Line> lines = lines(document);
            for (int i = 0; i < lines.size(); i++) {
                for (int j = i + 1; j < lines.size(); j++) {
                    assertThat(lines.get(i).box().intersects(lines.get(j).box()))
                            .as(
                                    "«%s» overlaps «%s»",
                                    lines.get(i).text(), lines.get(j).text())
                            .isFalse();
                }
            }
            String consentStart = String.join(
                    " ",
                    Arrays.asList(Messages.format("debate.paper.pdf.consent", locale)
                                    .split(" "))
                            .subList(0, 3));
            Line consent = lines.stream()
                    .filter(line -> line.text().startsWith(StandardFontText.printable(consentStart)))
                    .findFirst()
                    .orElseThrow();
            List<String> ages = Arrays.stream(AgeBand.values())
                    .map(band -> Messages.format("contribution.ageBand." + band.name(), locale))
                    .toList();
            List<Line> ageRow = lines.stream()
                    .filter(line ->
                            ages.stream().anyMatch(age -> line.text().contains(StandardFontText.printable(age))))
                    .toList();
            assertThat(ageRow).isNotEmpty();
            double ageBottom = ageRow.stream()
                    .mapToDouble(line -> line.box().getMaxY())
                    .max()
                    .orElseThrow();

            Rectangle2D box = squares(document.getPage(0)).stream()
                    .max((a, b) -> Double.compare(a.getY(), b.getY()))
                    .orElseThrow();
            assertThat(box.getMinY())
                    .as("the consent box starts below the age row")
                    .isGreaterThan(ageBottom);
            assertThat(box.getMaxX())
                    .as("left of its sentence")
                    .isLessThan(consent.box().getMinX());
            assertThat(box.getCenterY())
                    .as("on the line of its sentence")
                    .isBetween(consent.box().getMinY(), consent.box().getMaxY());
            for (Line line : lines) {
                assertThat(box.intersects(line.box()))
                        .as("the consent box overlaps «%s»", line.text())
                        .isFalse();
            }
            assertThat(consent.box().getMaxY())
                    .as("above the footer")
                    .isLessThan(lines.getLast().box().getMinY());
        }
    }
}
