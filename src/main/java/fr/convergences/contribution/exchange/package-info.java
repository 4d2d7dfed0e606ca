/**
 * Contributions in and out of the platform: importing them from a file (paper forms transcribed in a
 * spreadsheet, another platform's open data such as Decidim's), and exporting a consultation's public
 * contributions as open data (CSV and JSON, Licence Ouverte 2.0), streamed in constant memory.
 */
@NullMarked
package fr.convergences.contribution.exchange;

import org.jspecify.annotations.NullMarked;
