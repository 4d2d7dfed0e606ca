package fr.convergences.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProjectActionRepository extends CrudRepository<ProjectAction, Long> {

    List<ProjectAction> findByAxisIdInOrderById(Collection<Long> axisIds);

    boolean existsByAxisIdAndTitle(Long axisId, String title);
}
