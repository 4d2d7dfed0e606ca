package fr.convergences.territory;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CouncilRepository extends CrudRepository<Council, Long> {

    Optional<Council> findByTerritoryId(Long territoryId);

    Optional<Council> findBySlug(String slug);

    List<Council> findByTerritoryIdIn(List<Long> territoryIds);
}
