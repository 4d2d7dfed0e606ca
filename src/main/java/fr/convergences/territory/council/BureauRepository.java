package fr.convergences.territory.council;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BureauRepository extends CrudRepository<BureauSeat, Long> {

    List<BureauSeat> findByCouncilId(Long councilId);

    Optional<BureauSeat> findByCouncilIdAndMandateId(Long councilId, Long mandateId);

    Optional<BureauSeat> findByCouncilIdAndPosition(Long councilId, BureauPosition position);
}
