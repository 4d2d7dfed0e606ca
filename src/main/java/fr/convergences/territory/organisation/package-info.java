/**
 * Organisations (associations, CPTS, establishments): registration, verification by a platform admin, members and
 * their admins. An organisation can contribute, collect contributions on paper and organise debates.
 */
package fr.convergences.territory.organisation;
