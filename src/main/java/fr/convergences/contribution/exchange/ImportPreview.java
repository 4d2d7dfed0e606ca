package fr.convergences.contribution.exchange;

import java.util.List;
import java.util.Set;

/**
 * What an import would do, before anything is saved: the file's columns and their mapping, its first
 * rows each with its status, how many rows would be accepted, and each rejected row with its reason.
 * When no column gives a title or a text, {@code problemKey} says so and nothing can be confirmed.
 */
public record ImportPreview(
        ImportFormat format,
        List<String> columns,
        ColumnMapping mapping,
        List<Row> firstRows,
        long rowCount,
        long acceptedCount,
        List<RejectedRow> rejected,
        String problemKey,
        List<Object> problemArguments) {

    public ImportPreview {
        columns = List.copyOf(columns);
        firstRows = List.copyOf(firstRows);
        rejected = List.copyOf(rejected);
        problemArguments = List.copyOf(problemArguments);
    }

    public boolean canConfirm() {
        return problemKey == null && acceptedCount > 0;
    }

    /**
     * A row as the preview shows it: accepted (with notes such as "text taken as title") or rejected
     * (with the reason's message key and arguments).
     */
    public record Row(long line, boolean accepted, String title, String kindKey, String category, String commune,
                      Set<String> notes, String reasonKey, List<Object> reasonArguments) {

        public Row {
            notes = Set.copyOf(notes);
            reasonArguments = List.copyOf(reasonArguments);
        }
    }
}
