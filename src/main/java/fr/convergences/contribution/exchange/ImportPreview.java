package fr.convergences.contribution.exchange;

import fr.convergences.consultation.Theme;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an import would do, before anything is saved: the file's columns and their mapping, one page of
 * its rows each with its status, how many rows would be imported, how many were already imported
 * (and the first of them, with the contribution each became), the first rejected rows with their
 * reasons, and the categories that no theme of the consultation matches, with their rows' count.
 * Every list is bounded, whatever the size of the file: the page holds it in the session.
 * When no column gives a title or a text, {@code problemKey} says so and nothing can be confirmed.
 */
public record ImportPreview(
        ImportFormat format,
        List<String> columns,
        ColumnMapping mapping,
        List<Theme> themes,
        int page,
        List<Row> pageRows,
        long rowCount,
        long acceptedCount,
        long alreadyImportedCount,
        List<Row> alreadyImported,
        long rejectedCount,
        List<RejectedRow> rejected,
        Map<String, Long> unknownCategories,
        @Nullable String problemKey,
        List<Object> problemArguments) {

    /** Rows of the file on one page of the preview. */
    public static final int PAGE_ROWS = 20;
    /** Rejected rows, and rows already imported, kept to be shown; the counts cover all of them. */
    public static final int LISTED = 200;
    /** Distinct unknown categories offered for mapping; the rows of the others are imported without a theme. */
    public static final int CATEGORIES_LISTED = 100;

    public ImportPreview {
        columns = List.copyOf(columns);
        themes = List.copyOf(themes);
        pageRows = List.copyOf(pageRows);
        alreadyImported = List.copyOf(alreadyImported);
        rejected = List.copyOf(rejected);
        unknownCategories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknownCategories));
        problemArguments = List.copyOf(problemArguments);
    }

    public boolean canConfirm() {
        return problemKey == null && acceptedCount > 0;
    }

    /** Pages of {@link #PAGE_ROWS} rows, at least one. */
    public int pageCount() {
        return (int) Math.max(1, (rowCount + PAGE_ROWS - 1) / PAGE_ROWS);
    }

    public enum Status {
        NEW,
        ALREADY_IMPORTED,
        REJECTED
    }

    /**
     * A row as the preview shows it: to import (with notes such as "text taken as title"), already imported (with
     * the contribution it became), or rejected (with the reason's message key and arguments).
     */
    public record Row(
            long line,
            Status status,
            String title,
            @Nullable String kindKey,
            @Nullable String category,
            @Nullable String commune,
            Set<String> notes,
            @Nullable String reasonKey,
            List<Object> reasonArguments,
            @Nullable Long contributionId) {

        public Row {
            notes = Set.copyOf(notes);
            reasonArguments = List.copyOf(reasonArguments);
        }

        public boolean accepted() {
            return status == Status.NEW;
        }
    }
}
