/**
 * What the printed documents share. With OpenPDF: accessible PDF (PDF/UA-1) from {@link fr.convergences.base.pdf.AccessiblePdf},
 * embedded fonts ({@link fr.convergences.base.pdf.EmbeddedFonts}) and tagged text, lists and tables
 * ({@link fr.convergences.base.pdf.TaggedPdfText}). With PDFBox: what the standard Helvetica can show, widths and line wrapping.
 */
@NullMarked
package fr.convergences.base.pdf;

import org.jspecify.annotations.NullMarked;
