package fr.convergences.identity.notification;

import java.util.Collection;
import java.util.Map;

/**
 * The time zones of territories, asked by the daily digest to send each person's mail at 7:00 where they live.
 * Territories, their communes, councils and mandates sit to the right of identity, so identity owns this port and the
 * territory feature answers it from its own tables. Zones are given as stored (an IANA id); the caller decides what
 * to do with one the JVM does not know.
 */
public interface HomeZones {

    /** The zone of the territory of each of these communes (INSEE codes) that is known; others are left out. */
    Map<String, String> ofCommunes(Collection<String> inseeCodes);

    /** The zone of the territory of each of these councils that is known. */
    Map<Long, String> ofCouncils(Collection<Long> councilIds);

    /** For each of these accounts that holds a mandate, the zone of the council of their first mandate (by its id). */
    Map<Long, String> ofFirstMandates(Collection<Long> accountIds);
}
