/** Announcing debates: the list and month views with their filters, and iCalendar files and feeds. */
package fr.convergences.debate.calendar;
