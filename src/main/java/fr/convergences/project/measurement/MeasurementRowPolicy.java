package fr.convergences.project.measurement;

import fr.convergences.base.StoredId;
import fr.convergences.contribution.exchange.ImportDates;
import fr.convergences.contribution.exchange.SourceRow;
import fr.convergences.project.Indicator;
import fr.convergences.project.IndicatorService;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a row of a measurements file can be imported: its indicator is one of the projet's (by id or by name), its date
 * is a day not after today, its commune (if any) is one of the territory's, its value a number within the column's
 * precision, and no earlier row of the same file gives the same indicator, place and date. Stateful across the rows of one
 * file (for duplicates): one instance per reading.
 */
public final class MeasurementRowPolicy {

    /** Accepted header names, lower-cased: the open-data file's own names first, so that it can be imported back. */
    static final List<String> INDICATOR_ID = List.of("indicateur_id", "indicator_id");

    static final List<String> INDICATOR_NAME = List.of("indicateur", "indicator");
    static final List<String> DATE = List.of("date", "date_mesure", "measured_on");
    static final List<String> COMMUNE = List.of("commune_insee", "code_insee", "insee", "codgeo");
    static final List<String> VALUE = List.of("valeur", "value");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

    /** A row that can be imported, or why not (a message key and its arguments, the first being the line). */
    public sealed interface Outcome {
        record Accepted(MeasurementRow row) implements Outcome {}

        record Rejected(long line, String reasonKey, List<Object> arguments) implements Outcome {}
    }

    /** Which column of the file holds what; null when the file has none. */
    public record Columns(
            @Nullable String indicatorId,
            @Nullable String indicatorName,
            @Nullable String date,
            @Nullable String commune,
            @Nullable String value) {

        static Columns of(List<String> header) {
            return new Columns(
                    find(header, INDICATOR_ID),
                    find(header, INDICATOR_NAME),
                    find(header, DATE),
                    find(header, COMMUNE),
                    find(header, VALUE));
        }

        /** A file needs an indicator (id or name), a date and a value; the commune may be left out (territory level). */
        public boolean complete() {
            return (indicatorId != null || indicatorName != null) && date != null && value != null;
        }

        private static @Nullable String find(List<String> header, List<String> names) {
            return header.stream()
                    .filter(column -> names.contains(column.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final Columns columns;
    private final Map<Long, Indicator> byId = new HashMap<>();
    private final Map<String, Indicator> byName = new HashMap<>();
    private final Set<String> communes;
    private final LocalDate today;
    private final ZoneId zone;
    private final Map<MeasurementRow.Key, Long> seen = new HashMap<>();

    public MeasurementRowPolicy(
            Columns columns, List<Indicator> indicators, Set<String> communes, LocalDate today, ZoneId zone) {
        this.columns = columns;
        indicators.forEach(indicator -> {
            byId.put(indicator.id(), indicator);
            byName.put(indicator.name().strip().toLowerCase(Locale.ROOT), indicator);
        });
        this.communes = communes;
        this.today = today;
        this.zone = zone;
    }

    public Outcome check(SourceRow row) {
        long line = row.line();
        Indicator indicator = indicator(row);
        if (indicator == null) {
            String given = row.value(columns.indicatorId()).isEmpty()
                    ? row.value(columns.indicatorName())
                    : row.value(columns.indicatorId());
            return new Outcome.Rejected(line, "project.import.row.indicator", List.of(line, given));
        }
        String dateText = row.value(columns.date());
        Optional<LocalDate> date = ImportDates.parse(dateText, zone).map(instant -> LocalDate.ofInstant(instant, zone));
        if (date.isEmpty()) {
            return new Outcome.Rejected(line, "project.import.row.date", List.of(line, dateText));
        }
        if (date.get().isAfter(today)) {
            return new Outcome.Rejected(
                    line, "project.import.row.future", List.of(line, date.get().toString()));
        }
        String commune = row.value(columns.commune());
        if (!commune.isEmpty() && !communes.contains(commune)) {
            return new Outcome.Rejected(line, "project.import.row.commune", List.of(line, commune));
        }
        String valueText = row.value(columns.value());
        BigDecimal value = value(valueText);
        if (value == null) {
            return new Outcome.Rejected(line, "project.import.row.value", List.of(line, valueText));
        }
        MeasurementRow measurement = new MeasurementRow(
                line,
                StoredId.of(indicator.id()),
                indicator.name(),
                date.get(),
                commune.isEmpty() ? null : commune,
                value);
        Long earlier = seen.putIfAbsent(measurement.key(), line);
        if (earlier != null) {
            return new Outcome.Rejected(line, "project.import.row.duplicate", List.of(line, earlier));
        }
        return new Outcome.Accepted(measurement);
    }

    private @Nullable Indicator indicator(SourceRow row) {
        String id = row.value(columns.indicatorId());
        if (!id.isEmpty()) {
            try {
                return byId.get(Long.parseLong(id));
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }
        return byName.get(row.value(columns.indicatorName()).toLowerCase(Locale.ROOT));
    }

    /** A decimal with a point or a French comma, spaces as thousands separators; null when not a number the column can hold. */
    public static @Nullable BigDecimal value(String text) {
        String plain = SPACES.matcher(text).replaceAll("").replace(',', '.');
        if (plain.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            boolean fits = value.abs().compareTo(IndicatorService.VALUE_LIMIT) <= 0
                    && Math.max(0, value.stripTrailingZeros().scale()) <= 3;
            return fits ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
