package fr.convergences.consultation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConsultationRepository extends CrudRepository<Consultation, Long> {

    List<Consultation> listOrderByCreatedAtDesc();

    Optional<Long> findCouncilIdById(Long id);
}
