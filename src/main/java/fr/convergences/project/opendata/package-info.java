/**
 * The projet territorial de santé as open data (Licence Ouverte 2.0): its actions, indicators, measurements and the
 * council's decisions with their results, in CSV and JSON, from one column list per data set so that both formats say
 * the same thing; the REST endpoints that serve them (described in the OpenAPI document) and the council's open-data
 * page that lists every file. Nothing personal: no account ids, no residents' or members' names; organisations are named.
 */
@NullMarked
package fr.convergences.project.opendata;

import org.jspecify.annotations.NullMarked;
