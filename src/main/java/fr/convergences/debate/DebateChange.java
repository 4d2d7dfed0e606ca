package fr.convergences.debate;

import java.util.Objects;

/**
 * Which edits of a debate its registrants are told of: those that change when or where they are expected (day, hours,
 * place, commune, online link). A corrected description or agenda is not worth a message to everyone.
 */
public final class DebateChange {

    private DebateChange() {}

    public static boolean concernsRegistrants(Debate before, Debate after) {
        return !before.startsAt().equals(after.startsAt())
                || !before.endsAt().equals(after.endsAt())
                || !Objects.equals(before.place(), after.place())
                || !Objects.equals(before.communeInsee(), after.communeInsee())
                || !Objects.equals(before.onlineUrl(), after.onlineUrl());
    }
}
