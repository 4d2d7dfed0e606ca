/** The Lucene index of contributions: French analysis, indexing from PostgreSQL, queries and rebuilds. */
@NullMarked
package fr.convergences.search;

import org.jspecify.annotations.NullMarked;
