/** Announcing debates: the list and month views with their filters, and iCalendar files and feeds. */
@NullMarked
package fr.convergences.debate.calendar;

import org.jspecify.annotations.NullMarked;
