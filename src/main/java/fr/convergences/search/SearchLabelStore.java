package fr.convergences.search;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The names behind the ids the index holds (councils, consultations, themes, communes), read fresh from
 * PostgreSQL: one round trip per page of results, for the facets and the hits together.
 */
@Singleton
public class SearchLabelStore {

    private static final String NAMES = """
            SELECT 'C', id::text, name FROM council WHERE id = ANY (?::bigint[])
            UNION ALL SELECT 'K', id::text, title FROM consultation WHERE id = ANY (?::bigint[])
            UNION ALL SELECT 'T', id::text, name FROM theme WHERE id = ANY (?::bigint[])
            UNION ALL SELECT 'M', insee_code, name FROM commune WHERE insee_code = ANY (?)""";

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]{1,18}");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9A-Za-z]{1,5}");

    private final SearchDatabase database;

    public SearchLabelStore(SearchDatabase database) {
        this.database = database;
    }

    /** The ids to name, by kind; fill them, then call {@link #read()} once. */
    static final class Request {
        final java.util.Set<String> councils = new java.util.HashSet<>();
        final java.util.Set<String> consultations = new java.util.HashSet<>();
        final java.util.Set<String> themes = new java.util.HashSet<>();
        final java.util.Set<String> communes = new java.util.HashSet<>();

        java.util.Set<String> of(SearchFacet facet) {
            return switch (facet) {
                case COUNCIL -> councils;
                case CONSULTATION -> consultations;
                case THEME -> themes;
                case COMMUNE -> communes;
                case KIND, ANSWER, AUTHOR -> new java.util.HashSet<>(); // codes, named by message keys
            };
        }
    }

    /** The names found; an id missing from a map no longer exists (or is a code such as "NONE"). */
    record Names(
            Map<String, String> councils,
            Map<String, String> consultations,
            Map<String, String> themes,
            Map<String, String> communes) {

        Map<String, String> of(SearchFacet facet) {
            return switch (facet) {
                case COUNCIL -> councils;
                case CONSULTATION -> consultations;
                case THEME -> themes;
                case COMMUNE -> communes;
                case KIND, ANSWER, AUTHOR -> Map.of();
            };
        }
    }

    Names read(Request request) {
        Names names = new Names(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        if (request.councils.isEmpty()
                && request.consultations.isEmpty()
                && request.themes.isEmpty()
                && request.communes.isEmpty()) {
            return names;
        }
        return database.with(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(NAMES)) {
                statement.setArray(1, connection.createArrayOf("text", only(request.councils, NUMBER)));
                statement.setArray(2, connection.createArrayOf("text", only(request.consultations, NUMBER)));
                statement.setArray(3, connection.createArrayOf("text", only(request.themes, NUMBER)));
                statement.setArray(4, connection.createArrayOf("text", only(request.communes, CODE)));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Map<String, String> target = switch (rows.getString(1)) {
                            case "C" -> names.councils();
                            case "K" -> names.consultations();
                            case "T" -> names.themes();
                            default -> names.communes();
                        };
                        target.put(rows.getString(2), rows.getString(3));
                    }
                }
                return names;
            }
        });
    }

    /** Ids come from the index or from the page's address: only plain codes reach the database (and its casts). */
    private static Object[] only(Collection<String> ids, java.util.regex.Pattern shape) {
        return ids.stream().filter(id -> shape.matcher(id).matches()).toArray();
    }
}
