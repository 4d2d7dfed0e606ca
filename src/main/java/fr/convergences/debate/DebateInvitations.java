package fr.convergences.debate;

import java.util.Optional;

/**
 * A public debate as a registrant's mail carries it: where it is, in words, and its iCalendar file to add to one's
 * calendar. The calendar sub-feature writes it; registration mails read it through this port, so that the debate's
 * core does not depend on its calendar.
 */
public interface DebateInvitations {

    /** Empty when the debate is not public (proposed or cancelled): it then has no calendar file. */
    Optional<Invitation> of(long debateId);

    /** The address (a place and its commune, or the online link) and the .ics text. */
    record Invitation(String where, String ics) {}
}
