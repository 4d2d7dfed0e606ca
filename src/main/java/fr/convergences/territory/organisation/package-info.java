/**
 * Organisations (associations, CPTS, establishments): registration, verification by a platform admin, members and
 * their admins. An organisation can contribute, collect contributions on paper and organise debates.
 */
@NullMarked
package fr.convergences.territory.organisation;

import org.jspecify.annotations.NullMarked;
