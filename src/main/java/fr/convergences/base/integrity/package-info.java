/**
 * What the platform's hash chains (the audit journal, each voting session's events) have in common: the canonical
 * JSON text they hash, under a numbered rule that each stored link names, and the hash itself.
 */
@NullMarked
package fr.convergences.base.integrity;

import org.jspecify.annotations.NullMarked;
