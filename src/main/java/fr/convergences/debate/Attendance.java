package fr.convergences.debate;

import fr.convergences.contribution.mediation.AgeBand;
import java.util.Map;

/** How many came, and optionally how many of each age band and profile (each breakdown may be partial). */
public record Attendance(int total, Map<AgeBand, Integer> ageBands, Map<AttendeeProfile, Integer> profiles) {

    public Attendance {
        ageBands = ageBands == null ? Map.of() : Map.copyOf(ageBands);
        profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
    }
}
