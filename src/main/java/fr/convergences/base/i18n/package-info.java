/**
 * Messages in French first and English second, formatted with ICU4J (plurals, numbers, dates in the territory's time
 * zone) and French élision.
 */
@NullMarked
package fr.convergences.base.i18n;

import org.jspecify.annotations.NullMarked;
