/**
 * A council's composition: colleges, seats and mandates (titular and substitute), the bureau, admins and other role
 * holders, invitations, and the journal page. The rules on seats, substitutes and the bureau are named policies.
 */
@NullMarked
package fr.convergences.territory.council;

import org.jspecify.annotations.NullMarked;
