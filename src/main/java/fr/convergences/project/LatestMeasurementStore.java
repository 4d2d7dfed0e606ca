package fr.convergences.project;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads each indicator's latest value in each commune from {@code project_measurement_latest}, which the database keeps
 * as measurements are written (see its migration). Read here, with a plain row mapper, rather than by the repository:
 * a dashboard tables some 15,000 of these rows, and mapping them by introspection cost more than the query itself
 * (ProjectDashboardBenchmark).
 */
@Singleton
class LatestMeasurementStore {

    private final Sql sql;

    LatestMeasurementStore(Sql sql) {
        this.sql = sql;
    }

    /** Each commune's latest measurement of these indicators, by indicator then commune. */
    List<Measurement> byCommune(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return sql.list(
                """
                SELECT measurement_id, indicator_id, measured_on, value, insee_code, provenance, recorded_by, recorded_at
                FROM project_measurement_latest WHERE indicator_id = ANY (?) ORDER BY indicator_id, insee_code""",
                row -> new Measurement(
                        row.getLong(1),
                        row.getLong(2),
                        row.getObject(3, LocalDate.class),
                        row.getBigDecimal(4),
                        row.getString(5),
                        row.getString(6),
                        row.getLong(7),
                        Objects.requireNonNull(Sql.instant(row, "recorded_at"), "recorded_at is NOT NULL")),
                (Object) indicatorIds.stream().mapToLong(Long::longValue).toArray());
    }
}
