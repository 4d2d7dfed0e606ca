package fr.convergences.consultation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ThemeRepository extends CrudRepository<Theme, Long> {

    List<Theme> findByConsultationIdOrderByPosition(Long consultationId);
}
