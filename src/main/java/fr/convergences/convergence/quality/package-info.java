/** Measuring the convergence engine against a labelled set: pairwise precision and recall, adjusted Rand index, share assigned. */
@NullMarked
package fr.convergences.convergence.quality;

import org.jspecify.annotations.NullMarked;
