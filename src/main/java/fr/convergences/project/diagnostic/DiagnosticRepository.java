package fr.convergences.project.diagnostic;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DiagnosticRepository extends CrudRepository<Diagnostic, Long> {

    Optional<Diagnostic> findByCouncilId(Long councilId);
}
