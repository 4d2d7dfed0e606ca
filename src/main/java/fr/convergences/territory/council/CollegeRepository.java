package fr.convergences.territory.council;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CollegeRepository extends CrudRepository<College, Long> {

    List<College> findByCouncilIdOrderByPosition(Long councilId);

    boolean existsByCouncilIdAndName(Long councilId, String name);
}
