/** Consultations opened by councils: their question, phases and theme taxonomy. */
@NullMarked
package fr.convergences.consultation;

import org.jspecify.annotations.NullMarked;
