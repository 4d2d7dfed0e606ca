package fr.convergences.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CouncilRoleRepository extends CrudRepository<CouncilRoleGrant, Long> {

    List<CouncilRoleGrant> findByAccountIdAndCouncilId(Long accountId, Long councilId);

    List<CouncilRoleGrant> findByAccountId(Long accountId);

    List<CouncilRoleGrant> findByCouncilIdAndRole(Long councilId, CouncilRole role);

    boolean existsByAccountIdAndCouncilIdAndRole(Long accountId, Long councilId, CouncilRole role);
}
