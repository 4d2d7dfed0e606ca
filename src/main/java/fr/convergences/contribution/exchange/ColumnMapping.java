package fr.convergences.contribution.exchange;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of the file feeds which field. Proposed automatically from the header names, then
 * changed by the admin in the preview. Each column feeds at most one field.
 */
public record ColumnMapping(Map<ImportField, String> columns) {

    public ColumnMapping {
        EnumMap<ImportField, String> copy = new EnumMap<>(ImportField.class);
        columns.forEach((field, column) -> {
            if (column != null && !column.isBlank()) {
                copy.put(field, column);
            }
        });
        columns = Collections.unmodifiableMap(copy);
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
                        .filter(header -> !taken.contains(header) && ImportField.normaliseHeader(header).equals(known))
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
    public ColumnMapping with(ImportField field, String column) {
        Map<ImportField, String> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        if (column != null) {
            changed.values().removeIf(column::equals);
        }
        changed.put(field, column);
        return new ColumnMapping(changed);
    }

    /** A contribution needs a text: without a title column nor a text column, nothing can be imported. */
    public boolean hasText() {
        return columns.containsKey(ImportField.TITLE) || columns.containsKey(ImportField.BODY);
    }
}
