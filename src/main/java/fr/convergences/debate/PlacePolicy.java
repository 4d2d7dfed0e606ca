package fr.convergences.debate;

/**
 * Who gets a seat: a newcomer gets one while confirmed registrations are fewer than the capacity, and goes to the
 * waiting list otherwise; each freed seat goes to the longest-waiting person. Counts are taken with the debate
 * locked, so two people never get the last seat.
 */
public final class PlacePolicy {

    private PlacePolicy() {}

    public static RegistrationStatus placeFor(int capacity, long confirmed) {
        return confirmed < capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }

    /** How many people of the waiting list get a seat now. */
    static long promotable(int capacity, long confirmed, long waiting) {
        return Math.max(0, Math.min(capacity - confirmed, waiting));
    }
}
