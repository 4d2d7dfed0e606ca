/**
 * The organisers' space ("Mes débats"): the debates a person organises, proposed, to come and past, with their counts
 * and what is left to do (attendance, minutes, contributions to type in), and where they may propose a new one.
 */
@NullMarked
package fr.convergences.debate.organiser;

import org.jspecify.annotations.NullMarked;
