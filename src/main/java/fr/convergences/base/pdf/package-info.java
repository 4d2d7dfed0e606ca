/**
 * What the printed documents share: accessible PDF (PDF/UA-1) with embedded fonts and a structure tree, with OpenPDF
 * ({@link fr.convergences.base.pdf.AccessiblePdf}, {@link fr.convergences.base.pdf.EmbeddedFonts},
 * {@link fr.convergences.base.pdf.TaggedPdfText}: headings, paragraphs, links, lists, tables) and with PDFBox
 * ({@link fr.convergences.base.pdf.TaggedPdfBox}); what a PDFBox font can show, widths and line wrapping.
 */
@NullMarked
package fr.convergences.base.pdf;

import org.jspecify.annotations.NullMarked;
