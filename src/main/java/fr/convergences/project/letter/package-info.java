/**
 * Letters for the people who contributed offline (words collected by a volunteer, at a debate or on a paper form):
 * they have no account to be notified on, so what became of their contribution is printed, one letter a page, for
 * the association or the volunteer who collected it to hand on. Nothing here is null unless marked {@code @Nullable}
 * (checked by NullAway at compile time).
 */
@NullMarked
package fr.convergences.project.letter;

import org.jspecify.annotations.NullMarked;
