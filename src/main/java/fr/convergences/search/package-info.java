/** The Lucene index of contributions: French analysis, indexing from PostgreSQL, queries and rebuilds. */
package fr.convergences.search;
