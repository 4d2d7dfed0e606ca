package fr.convergences.identity.notification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who has a digest waiting, and in which time zone their morning is: the zone of the territory of their commune, else
 * of a council where they hold a role or a mandate, else Paris. A resident of La Réunion gets the digest at 7:00 in
 * Saint-Denis, not at 7:00 in Paris (10:00 there). Identity knows the commune and the roles; the territory feature
 * answers the zones ({@link HomeZones}), in one question of each kind for all recipients.
 */
@Singleton
class DigestRecipients {

    /** A person with pending digest items, and the time zone of their territory. */
    record Recipient(long accountId, ZoneId zone) {}

    private final DigestStore store;
    private final HomeZones zones;

    DigestRecipients(DigestStore store, HomeZones zones) {
        this.store = store;
        this.zones = zones;
    }

    @Transactional(readOnly = true)
    List<Recipient> pending() {
        List<DigestStore.Pending> pending = store.pending();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<String, String> byCommune = zones.ofCommunes(pending.stream()
                .map(DigestStore.Pending::communeInsee)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, String> byCouncil = zones.ofCouncils(pending.stream()
                .map(DigestStore.Pending::roleCouncilId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<Long> unplaced = pending.stream()
                .filter(person -> zoneOf(person, byCommune, byCouncil) == null)
                .map(DigestStore.Pending::accountId)
                .toList();
        Map<Long, String> byMandate = unplaced.isEmpty() ? Map.of() : zones.ofFirstMandates(unplaced);
        return pending.stream()
                .map(person -> {
                    String zone = zoneOf(person, byCommune, byCouncil);
                    return new Recipient(
                            person.accountId(),
                            zone(zone != null ? zone : byMandate.getOrDefault(person.accountId(), "Europe/Paris")));
                })
                .toList();
    }

    /** The zone of the person's commune, else of their first role's council; null when neither is known. */
    private static @Nullable String zoneOf(
            DigestStore.Pending person, Map<String, String> byCommune, Map<Long, String> byCouncil) {
        String commune = person.communeInsee();
        String zone = commune == null ? null : byCommune.get(commune);
        Long council = person.roleCouncilId();
        if (zone == null && council != null) {
            zone = byCouncil.get(council);
        }
        return zone;
    }

    private static ZoneId zone(String id) {
        // A zone the JVM does not know (a typo in an imported territory) must not stop everyone's digest.
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            return DigestSchedule.PARIS;
        }
    }
}
