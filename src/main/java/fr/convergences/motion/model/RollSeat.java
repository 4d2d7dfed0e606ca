package fr.convergences.motion.model;

import org.jspecify.annotations.Nullable;

/**
 * A titular seat on a sitting's roll: who holds it and backs it, who declared absence, who gave a proxy to whom, who is
 * present; and from that where the seat stands ({@link Presence}). Read by the sitting's page, its quorum and its
 * minutes; the storage reads it in {@code SittingRoll}.
 */
public record RollSeat(
        long seatMandateId,
        long collegeId,
        String collegeName,
        String titularName,
        @Nullable Long titularAccountId,
        boolean votingRight,
        @Nullable Long substituteMandateId,
        String substituteName,
        @Nullable Long substituteAccountId,
        boolean titularAbsent,
        boolean titularPresent,
        String titularHow,
        boolean substituteAbsent,
        boolean substitutePresent,
        @Nullable Long holderAccountId,
        @Nullable Long holderMandateId,
        String holderName,
        boolean holderPresent) {

    public Presence presence() {
        if (holderAccountId != null) {
            return holderPresent ? Presence.REPRESENTED : Presence.EXCUSED;
        }
        if (titularAbsent) {
            return substitutePresent && !substituteAbsent ? Presence.SUBSTITUTED : Presence.EXCUSED;
        }
        return titularPresent ? Presence.PRESENT : Presence.ABSENT;
    }

    public boolean presentOrRepresented() {
        Presence presence = presence();
        return presence == Presence.PRESENT || presence == Presence.SUBSTITUTED || presence == Presence.REPRESENTED;
    }

    /** Where a seat stands at the sitting: the quorum counts the first three. */
    public enum Presence {
        PRESENT,
        SUBSTITUTED,
        REPRESENTED,
        EXCUSED,
        ABSENT
    }
}
