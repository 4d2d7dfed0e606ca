package fr.convergences.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AxisRepository extends CrudRepository<Axis, Long> {

    List<Axis> findByProjectIdOrderByPosition(Long projectId);

    boolean existsByProjectIdAndTitle(Long projectId, String title);
}
