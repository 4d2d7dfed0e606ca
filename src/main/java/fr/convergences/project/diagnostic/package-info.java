/**
 * The diagnostic territorial de santé as a document: one per council, built from the published synthesis of one of
 * its consultations (a section per theme, the needs it names with their voices and a quote), with the editor's text,
 * figures per commune imported from open-data CSV files, and the communes flagged as priorities. Adopted by a council
 * délibération and published in numbered, dated versions, readable on a page and as a PDF; the projet's actions say
 * which of its needs they answer, and each need lists those actions. Nothing here is null unless marked
 * {@code @Nullable}, checked by NullAway at compile time.
 */
@NullMarked
package fr.convergences.project.diagnostic;

import org.jspecify.annotations.NullMarked;
