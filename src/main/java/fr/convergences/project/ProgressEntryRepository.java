package fr.convergences.project;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProgressEntryRepository extends CrudRepository<ProgressEntry, Long> {

    /** Newest first; entries of one day in the order they were written, newest first too. */
    @Query("SELECT * FROM project_action_progress WHERE action_id = :actionId ORDER BY noted_on DESC, id DESC")
    List<ProgressEntry> findLog(long actionId);
}
