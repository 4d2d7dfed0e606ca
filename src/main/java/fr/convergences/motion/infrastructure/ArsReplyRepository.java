package fr.convergences.motion.infrastructure;

import fr.convergences.motion.model.ArsReply;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Append-only: saving and reading, no update nor delete (the table's trigger refuses them too). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ArsReplyRepository extends GenericRepository<ArsReply, Long> {

    ArsReply save(ArsReply reply);

    @Query("SELECT * FROM motion_ars_reply WHERE motion_id = :motionId ORDER BY received_on, id")
    List<ArsReply> findRegister(long motionId);
}
