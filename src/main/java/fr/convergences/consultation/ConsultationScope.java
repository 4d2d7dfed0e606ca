package fr.convergences.consultation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The communes a consultation is limited to (none: the whole territory), and whether a theme is in use. */
@Singleton
class ConsultationScope {

    private final JdbcOperations jdbc;

    ConsultationScope(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long consultationId, Set<String> communes) {
        jdbc.prepareStatement("DELETE FROM consultation_commune WHERE consultation_id = ?", statement -> {
            statement.setLong(1, consultationId);
            return statement.executeUpdate();
        });
        for (String code : communes == null ? Set.<String>of() : communes) {
            jdbc.prepareStatement("INSERT INTO consultation_commune (consultation_id, insee_code) VALUES (?, ?)", statement -> {
                statement.setLong(1, consultationId);
                statement.setString(2, code);
                return statement.executeUpdate();
            });
        }
    }

    Map<String, String> communes(long consultationId) {
        return jdbc.prepareStatement("""
                SELECT c.insee_code, c.name FROM consultation_commune s JOIN commune c ON c.insee_code = s.insee_code
                WHERE s.consultation_id = ? ORDER BY c.name""", statement -> {
            statement.setLong(1, consultationId);
            Map<String, String> names = new LinkedHashMap<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getString(1), rows.getString(2));
                }
            }
            return names;
        });
    }

    boolean themeInUse(long themeId) {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM contribution_theme WHERE theme_id = ?)", statement -> {
            statement.setLong(1, themeId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
    }
}
