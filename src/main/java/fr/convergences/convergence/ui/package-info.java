/**
 * Convergence's pages: the convergences of a consultation and their curation, the suggestions panel, the themes,
 * the synthesis drafted and its published versions, their Markdown and PDF downloads, and the section a
 * contribution's page shows. They call the feature's services and read its records; nothing in the feature calls
 * them (ArchitectureTest: no cycle between packages).
 */
@NullMarked
package fr.convergences.convergence.ui;

import org.jspecify.annotations.NullMarked;
