package fr.convergences.contribution.exchange;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which column of the file feeds which field, and which theme of the consultation each category that
 * the consultation does not know goes to (a category not mapped leaves its rows without a theme).
 * Proposed automatically from the header names, then changed by the admin in the preview. Each
 * column feeds at most one field.
 */
public record ColumnMapping(Map<ImportField, String> columns, Map<String, Long> categoryThemes) {

    public ColumnMapping {
        EnumMap<ImportField, String> copy = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> {
            if (column != null && !column.isBlank()) {
                copy.put(field, column);
            }
        });
        columns = Collections.unmodifiableMap(copy);
        categoryThemes = Map.copyOf(categoryThemes);
    }

    public ColumnMapping(Map<ImportField, String> columns) {
        this(columns, Map.of());
    }

    public static ColumnMapping none() {
        return new ColumnMapping(Map.of());
    }

    /** The known header names found among the file's columns; for each field the best-ranked name wins. */
    public static ColumnMapping automatic(List<String> headers) {
        Map<ImportField, String> found = new EnumMap<>(ImportField.class);
        Set<String> taken = new HashSet<>();
        for (ImportField field : ImportField.values()) {
            for (String known : field.knownHeaders()) {
                Optional<String> match = headers.stream()
                        .filter(header -> !taken.contains(header)
                                && ImportField.normaliseHeader(header).equals(known))
                        .findFirst();
                if (match.isPresent()) {
                    found.put(field, match.get());
                    taken.add(match.get());
                    break;
                }
            }
        }
        return new ColumnMapping(found);
    }

    public Optional<String> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The same mapping with one field fed by another column (or by none); the column leaves any other field. */
    public ColumnMapping with(ImportField field, @Nullable String column) {
        Map<ImportField, String> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.values().removeIf(column::equals);
            changed.put(field, column);
        }
        return new ColumnMapping(changed, categoryThemes);
    }

    /** The same mapping with the file's category sent to a theme of the consultation (null: left without a theme). */
    public ColumnMapping withCategory(String category, @Nullable Long themeId) {
        Map<String, Long> changed = new HashMap<>(categoryThemes);
        String key = ImportRowPolicy.comparable(category);
        if (themeId == null) {
            changed.remove(key);
        } else {
            changed.put(key, themeId);
        }
        return new ColumnMapping(columns, changed);
    }

    /** The theme chosen for a category the consultation does not know, if any. */
    public Optional<Long> themeOfCategory(String category) {
        return Optional.ofNullable(categoryThemes.get(ImportRowPolicy.comparable(category)));
    }

    /** A contribution needs a text: without a title column nor a text column, nothing can be imported. */
    public boolean hasText() {
        return columns.containsKey(ImportField.TITLE) || columns.containsKey(ImportField.BODY);
    }
}
