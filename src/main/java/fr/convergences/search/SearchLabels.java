package fr.convergences.search;

import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The names behind the ids the index holds (councils, consultations, themes, communes), read fresh from PostgreSQL. */
@Singleton
public class SearchLabels {

    private final SearchDatabase database;

    public SearchLabels(SearchDatabase database) {
        this.database = database;
    }

    Map<String, String> councils(Collection<String> ids) {
        return byId("SELECT id::text, name FROM council WHERE id = ANY (?::bigint[])", ids);
    }

    Map<String, String> consultations(Collection<String> ids) {
        return byId("SELECT id::text, title FROM consultation WHERE id = ANY (?::bigint[])", ids);
    }

    Map<String, String> themes(Collection<String> ids) {
        return byId("SELECT id::text, name FROM theme WHERE id = ANY (?::bigint[])", ids);
    }

    Map<String, String> communes(Collection<String> codes) {
        return byId("SELECT insee_code, name FROM commune WHERE insee_code = ANY (?)", codes);
    }

    private Map<String, String> byId(String sql, Collection<String> ids) {
        Map<String, String> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        return database.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("text",
                        ids.stream().filter(id -> id.matches("[0-9A-Za-z]{1,20}")).toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        labels.put(rows.getString(1), rows.getString(2));
                    }
                }
                return labels;
            }
        });
    }
}
