/**
 * After a debate: attendance figures (checked by a policy), minutes, and what was said captured on the spot as
 * contributions of the consultation.
 */
@NullMarked
package fr.convergences.debate.outcome;

import org.jspecify.annotations.NullMarked;
