/** Territories, their councils, colleges, members and mandates, and organisations. */
@NullMarked
package fr.convergences.territory;

import org.jspecify.annotations.NullMarked;
