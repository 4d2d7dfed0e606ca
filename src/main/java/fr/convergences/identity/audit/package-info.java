/**
 * The journal of changes to votes, motions, roles and moderation decisions: hash-chained entries that
 * {@code verify-audit} re-checks, and the lines of the council's journal page, in names and plain words rather than raw ids.
 */
@NullMarked
package fr.convergences.identity.audit;

import org.jspecify.annotations.NullMarked;
