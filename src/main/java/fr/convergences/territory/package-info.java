/** Territories, their councils, colleges, members and mandates, and organisations. */
package fr.convergences.territory;
