/** Measuring the convergence engine against a labelled set: pairwise precision and recall, adjusted Rand index, share assigned. */
package fr.convergences.convergence.quality;
