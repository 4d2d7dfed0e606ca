/**
 * Debates: public meetings organised by associations, volunteers or the council around a consultation. An
 * organiser proposes one (place and accessibility, or an online link, capacity, audience, agenda), a moderator
 * approves it, people register (with or without an account, or through the organiser) and a waiting list fills
 * freed places; calendars (iCalendar files and feeds, list and month views) announce it; afterwards the organiser
 * records attendance and minutes and captures what was said, on the spot or on numbered paper forms, as
 * contributions of the consultation like any other.
 */
@NullMarked
package fr.convergences.debate;

import org.jspecify.annotations.NullMarked;
