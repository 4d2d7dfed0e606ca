package fr.convergences.project.diagnostic;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DiagnosticVersionRepository extends CrudRepository<DiagnosticVersion, Long> {

    List<DiagnosticVersion> findByDiagnosticIdOrderByNumberDesc(Long diagnosticId);
}
