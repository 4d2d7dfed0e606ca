package fr.convergences.territory.council;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MandateRepository extends CrudRepository<Mandate, Long> {

    List<Mandate> findByCouncilIdOrderById(Long councilId);

    List<Mandate> findByCollegeId(Long collegeId);

    List<Mandate> findByTitularMandateId(Long titularMandateId);

    List<Mandate> findByAccountIdAndCouncilId(Long accountId, Long councilId);

    List<Mandate> findByAccountId(Long accountId);

    boolean existsByCollegeId(Long collegeId);
}
