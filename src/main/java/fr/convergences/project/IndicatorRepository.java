package fr.convergences.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IndicatorRepository extends CrudRepository<Indicator, Long> {

    List<Indicator> findByProjectIdOrderById(Long projectId);

    List<Indicator> findByActionIdOrderById(Long actionId);

    boolean existsByProjectIdAndName(Long projectId, String name);
}
