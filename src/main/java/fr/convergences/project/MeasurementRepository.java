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
    @Query(
            "SELECT * FROM project_measurement WHERE indicator_id IN (:indicatorIds) AND insee_code IS NULL ORDER BY measured_on, id")
    List<Measurement> findTerritorySeries(Collection<Long> indicatorIds);

    boolean existsByIndicatorIdAndMeasuredOnAndInseeCode(
            Long indicatorId, java.time.LocalDate measuredOn, String inseeCode);

    boolean existsByIndicatorIdAndMeasuredOnAndInseeCodeIsNull(Long indicatorId, java.time.LocalDate measuredOn);
}
