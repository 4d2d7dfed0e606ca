/**
 * Database plumbing shared by all features: the embedded default PostgreSQL, the data source it feeds, and
 * {@code Sql}, the helper under each feature's hand-written persistence class.
 */
@NullMarked
package fr.convergences.base.database;

import org.jspecify.annotations.NullMarked;
