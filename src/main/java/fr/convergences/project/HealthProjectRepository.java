package fr.convergences.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface HealthProjectRepository extends CrudRepository<HealthProject, Long> {

    Optional<HealthProject> findByCouncilId(Long councilId);
}
