package fr.convergences.contribution;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The list's sort, filters and page as URL parameters, so that a filtered page can be bookmarked,
 * shared and reached without JavaScript. Unknown or malformed values are ignored, never an error.
 */
public final class ListParameters {

    static final String SORT = "tri";
    static final String THEME = "theme";
    static final String KIND = "type";
    static final String STATUS = "statut";
    static final String COMMUNE = "commune";
    static final String ORIGIN = "origine";
    static final String PAGE = "page";
    static final String UNANSWERED = "SANS_REPONSE";

    private ListParameters() {}

    public static ContributionQuery toQuery(long consultationId, QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        String status = first(values, STATUS);
        return new ContributionQuery(
                consultationId,
                parseOr(first(values, SORT), ContributionQuery.Sort::valueOf, ContributionQuery.Sort.NEWEST),
                parse(first(values, THEME), Long::valueOf),
                parse(first(values, KIND), ContributionKind::valueOf),
                UNANSWERED.equals(status) ? null : parse(status, AnswerStatus::valueOf),
                UNANSWERED.equals(status),
                parse(first(values, COMMUNE), value -> value.matches("[0-9AB]{5}") ? value : null),
                parse(first(values, ORIGIN), ContributionOrigin::valueOf),
                Math.max(1, parseOr(first(values, PAGE), Integer::valueOf, 1)));
    }

    /** The parameters of a query, changed by one value (null removes it); the page starts again at 1 unless it is the change. */
    static QueryParameters with(ContributionQuery query, String name, @Nullable String value) {
        Map<String, String> map = new LinkedHashMap<>();
        put(
                map,
                SORT,
                query.sort() == ContributionQuery.Sort.NEWEST
                        ? null
                        : query.sort().name());
        put(map, THEME, query.themeId() == null ? null : String.valueOf(query.themeId()));
        put(map, KIND, query.kind() == null ? null : query.kind().name());
        put(
                map,
                STATUS,
                query.unanswered()
                        ? UNANSWERED
                        : query.answerStatus() == null
                                ? null
                                : query.answerStatus().name());
        put(map, COMMUNE, query.communeInsee());
        put(map, ORIGIN, query.origin() == null ? null : query.origin().name());
        map.remove(name);
        put(map, name, value);
        if (!PAGE.equals(name) || "1".equals(value)) {
            map.remove(PAGE);
        }
        return QueryParameters.simple(map);
    }

    private static void put(Map<String, String> map, String name, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            map.put(name, value);
        }
    }

    private static @Nullable String first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }

    /** The parsed value, or null when it is missing or malformed (the filter is then off). */
    private static <T> @Nullable T parse(@Nullable String value, Function<String, @Nullable T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The parsed value, or the fallback when it is missing or malformed. */
    private static <T> T parseOr(@Nullable String value, Function<String, @Nullable T> parser, T fallback) {
        T parsed = parse(value, parser);
        return parsed == null ? fallback : parsed;
    }
}
