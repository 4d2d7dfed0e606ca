package fr.convergences.contribution.exchange;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** The communes of a council's territory, which an imported row may name instead of giving their INSEE code. */
@Singleton
class ImportTargets {

    private final JdbcOperations jdbc;

    ImportTargets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** INSEE code → name. */
    @Transactional(readOnly = true)
    Map<String, String> communes(long councilId) {
        return jdbc.prepareStatement("""
                SELECT m.insee_code, m.name FROM commune m JOIN council k ON k.territory_id = m.territory_id WHERE k.id = ?""",
                statement -> {
                    statement.setLong(1, councilId);
                    Map<String, String> communes = new HashMap<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            communes.put(rows.getString(1), rows.getString(2));
                        }
                    }
                    return communes;
                });
    }
}
