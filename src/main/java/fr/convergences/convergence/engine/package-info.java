/**
 * The convergence engine: French analysis of the texts, TF-IDF vectors weighted with the shipped corpus as
 * background, nearest neighbours through an inverted index, average-link clustering on the neighbour graph, the
 * "at least two distinct sources" rule, labels and cohesion scores. Pure Java and Lucene analysis: no Micronaut,
 * no database. The method and its measured quality are described in docs/CONVERGENCES.md.
 */
@NullMarked
package fr.convergences.convergence.engine;

import org.jspecify.annotations.NullMarked;
