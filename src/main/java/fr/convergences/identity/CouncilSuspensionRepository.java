package fr.convergences.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CouncilSuspensionRepository extends CrudRepository<CouncilSuspension, Long> {

    @Query("""
            SELECT * FROM council_suspension WHERE council_id = :councilId AND account_id = :accountId AND lifted_at IS NULL
            AND starts_at <= :now AND (ends_at IS NULL OR ends_at > :now) LIMIT 1""")
    Optional<CouncilSuspension> findInForce(long councilId, long accountId, Instant now);

    @Query("""
            SELECT * FROM council_suspension WHERE council_id = :councilId AND lifted_at IS NULL
            AND starts_at <= :now AND (ends_at IS NULL OR ends_at > :now) ORDER BY starts_at DESC""")
    List<CouncilSuspension> findAllInForce(long councilId, Instant now);
}
