/**
 * PDF text that both printed documents share: what the standard Helvetica can show, widths and line wrapping.
 */
package fr.convergences.base.pdf;
