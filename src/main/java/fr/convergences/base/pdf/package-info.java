/**
 * PDF text that both printed documents share: what the standard Helvetica can show, widths and line wrapping.
 */
@NullMarked
package fr.convergences.base.pdf;

import org.jspecify.annotations.NullMarked;
