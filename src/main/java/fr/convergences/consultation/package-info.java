/** Consultations opened by councils: their question, phases and theme taxonomy. */
package fr.convergences.consultation;
