/**
 * What the JSON and file API shares: the OpenAPI description, the mapping of refusals to localised HTTP answers, and
 * the headers of downloaded files.
 */
@NullMarked
package fr.convergences.base.api;

import org.jspecify.annotations.NullMarked;
