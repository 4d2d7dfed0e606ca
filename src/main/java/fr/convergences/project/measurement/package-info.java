/**
 * Measurements of the projet's indicators imported from a CSV file (the layout of the open-data file {@code mesures}:
 * indicator, date, commune, value), with their provenance: the file's name, the source it came from, who imported it
 * and when. A preview lists every row in error with its line number; a file with any error changes nothing; importing
 * the same file again updates the values of the same indicator, place and date instead of adding rows. The file is read
 * with the contributions' import reader (strict UTF-8, delimiter detection, Apache Commons CSV).
 */
@NullMarked
package fr.convergences.project.measurement;

import org.jspecify.annotations.NullMarked;
