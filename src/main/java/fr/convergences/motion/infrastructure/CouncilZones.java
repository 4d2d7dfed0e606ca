package fr.convergences.motion.infrastructure;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A council's time zone (its territory's: overseas territories are not on Paris time), and today's date there. */
@Singleton
public class CouncilZones {

    private final Sql sql;
    private final Clock clock;
    private final Map<Long, ZoneId> zones = new ConcurrentHashMap<>();

    public CouncilZones(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    public ZoneId zone(long councilId) {
        return zones.computeIfAbsent(
                councilId,
                id -> ZoneId.of(sql.one(
                                "SELECT t.time_zone FROM council c JOIN territory t ON t.id = c.territory_id WHERE c.id = ?",
                                row -> row.getString(1),
                                id)
                        .orElse("Europe/Paris")));
    }

    public LocalDate today(long councilId) {
        return LocalDate.now(clock.withZone(zone(councilId)));
    }
}
