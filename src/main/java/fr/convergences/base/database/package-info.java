/** Database plumbing shared by all features: the embedded default PostgreSQL and the data source it feeds. */
package fr.convergences.base.database;
