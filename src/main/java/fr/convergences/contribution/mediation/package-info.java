/**
 * Mediated contributions: a volunteer enters what someone offline said, on their behalf, with that person's
 * consent and a coarse profile (age band, commune) recorded beside the contribution.
 */
@NullMarked
package fr.convergences.contribution.mediation;

import org.jspecify.annotations.NullMarked;
