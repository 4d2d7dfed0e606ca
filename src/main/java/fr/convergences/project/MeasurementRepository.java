package fr.convergences.project;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MeasurementRepository extends CrudRepository<Measurement, Long> {

    /** In date order, then in the order they were recorded (territory and communes of one date together). */
    @Query("SELECT * FROM project_measurement WHERE indicator_id IN (:indicatorIds) ORDER BY measured_on, id")
    List<Measurement> findSeries(Collection<Long> indicatorIds);

    /** The territory-level series, in date order (what the dashboard's charts draw); a partial index serves it. */
    @Query("SELECT * FROM project_measurement WHERE indicator_id IN (:indicatorIds) AND insee_code IS NULL ORDER BY measured_on, id")
    List<Measurement> findTerritorySeries(Collection<Long> indicatorIds);

    /**
     * Each indicator's values by commune on the latest day any commune was measured (the dashboard's table by commune):
     * the day is found by reading the unique index backwards, then the rows of that day only, so that the years of
     * history of hundreds of communes are never read.
     */
    @Query("""
            SELECT m.* FROM project_indicator i
            CROSS JOIN LATERAL (SELECT x.measured_on FROM project_measurement x WHERE x.indicator_id = i.id AND x.insee_code IS NOT NULL
                                ORDER BY x.measured_on DESC LIMIT 1) latest
            JOIN project_measurement m ON m.indicator_id = i.id AND m.measured_on = latest.measured_on AND m.insee_code IS NOT NULL
            WHERE i.id IN (:indicatorIds) ORDER BY m.indicator_id, m.insee_code""")
    List<Measurement> findLatestByCommune(Collection<Long> indicatorIds);

    boolean existsByIndicatorIdAndMeasuredOnAndInseeCode(Long indicatorId, java.time.LocalDate measuredOn, String inseeCode);

    boolean existsByIndicatorIdAndMeasuredOnAndInseeCodeIsNull(Long indicatorId, java.time.LocalDate measuredOn);
}
