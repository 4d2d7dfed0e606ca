package fr.convergences.contribution;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CommentRepository extends CrudRepository<Comment, Long> {

    List<Comment> findByContributionIdOrderByCreatedAt(Long contributionId);
}
