/**
 * The council's official answer to a contribution: a status (under study, retained, not retained, turned into a motion...) and a text, given by
 * a council admin and shown under the contribution. The status itself lives in the core, which filters by it.
 */
@NullMarked
package fr.convergences.contribution.answer;

import org.jspecify.annotations.NullMarked;
