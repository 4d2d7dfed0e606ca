package fr.convergences.project.diagnostic;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.exchange.SourceRow;
import fr.convergences.project.measurement.MeasurementRowPolicy;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an open-data file of figures per commune, as INSEE, DREES or the ARS publish them: one row per commune, a
 * column with its INSEE code (named {@code insee}, {@code code_insee}, {@code codgeo} or {@code depcom}), optional name
 * columns, and one column per figure (population, accessibility to GPs…), named as the file names it. A row's commune
 * must be one of the territory's, once; an empty cell is no value (open data leaves blanks), anything else is a number.
 */
public final class FigureRowPolicy {

    public static final int FIGURE_MAX_LENGTH = 100;
    private static final Set<String> CODE_COLUMNS =
            Set.of("insee", "codeinsee", "codgeo", "depcom", "codecommune", "com");
    private static final Set<String> NAME_COLUMNS =
            Set.of("commune", "nom", "nomcommune", "libgeo", "libelle", "libcom");

    /** What a row gives: its values by figure, or the reason it is refused (a message key and its arguments). */
    public sealed interface Outcome {
        record Accepted(String inseeCode, Map<String, BigDecimal> values) implements Outcome {}

        record Rejected(long line, String messageKey, List<Object> arguments) implements Outcome {}
    }

    private final String codeColumn;
    private final List<String> figures;
    private final Set<String> communes;
    private final Set<String> seen = new HashSet<>();

    private FigureRowPolicy(String codeColumn, List<String> figures, Set<String> communes) {
        this.codeColumn = codeColumn;
        this.figures = figures;
        this.communes = communes;
    }

    /** The policy for a file with these columns; a file without a code column or a figure is refused as a whole. */
    public static FigureRowPolicy forColumns(List<String> columns, Set<String> territoryCommunes) {
        String code = null;
        List<String> figures = new ArrayList<>();
        for (String column : columns) {
            String plain = plain(column);
            if (code == null && CODE_COLUMNS.contains(plain)) {
                code = column;
            } else if (!NAME_COLUMNS.contains(plain) && !column.isBlank()) {
                if (column.strip().length() > FIGURE_MAX_LENGTH) {
                    throw new UserFacingException("diagnostic.figures.figureTooLong", FIGURE_MAX_LENGTH);
                }
                figures.add(column);
            }
        }
        if (code == null) {
            throw new UserFacingException("diagnostic.figures.noCode");
        }
        if (figures.isEmpty()) {
            throw new UserFacingException("diagnostic.figures.noFigure");
        }
        return new FigureRowPolicy(code, List.copyOf(figures), territoryCommunes);
    }

    public List<String> figures() {
        return figures.stream().map(String::strip).toList();
    }

    public Outcome check(SourceRow row) {
        if (row.unreadable() != null) {
            return new Outcome.Rejected(row.line(), row.unreadable(), List.of());
        }
        String code = row.value(codeColumn);
        if (code.isEmpty()) {
            return new Outcome.Rejected(row.line(), "diagnostic.figures.codeMissing", List.of());
        }
        if (!communes.contains(code)) {
            return new Outcome.Rejected(row.line(), "diagnostic.figures.communeUnknown", List.of(code));
        }
        if (!seen.add(code)) {
            return new Outcome.Rejected(row.line(), "diagnostic.figures.communeTwice", List.of(code));
        }
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        for (String figure : figures) {
            String text = row.value(figure);
            if (text.isEmpty()) {
                continue;
            }
            BigDecimal value = MeasurementRowPolicy.value(text);
            if (value == null) {
                return new Outcome.Rejected(row.line(), "diagnostic.figures.value", List.of(figure.strip(), text));
            }
            values.put(figure.strip(), value);
        }
        return new Outcome.Accepted(code, values);
    }

    /** A column's name without case, accents, spaces, underscores or hyphens: "Code INSEE" and "code_insee" are one. */
    static String plain(String column) {
        return Normalizer.normalize(column, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-]", "");
    }
}
