package fr.convergences.contribution.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an import did: how many contributions were saved (all in one transaction), how many rows were
 * skipped as already imported, how many were rejected and the first {@link #KEPT} of them with their line and
 * reason (the import keeps every one, streamed by {@link ContributionImportService#eachRejectedRow}), and how many
 * rows each note concerned (a text taken as title…).
 */
public record ImportReport(
        long importId,
        String fileName,
        long acceptedCount,
        long alreadyImportedCount,
        long rejectedCount,
        List<RejectedRow> rejected,
        Map<String, Long> notes) {

    /** Rejected rows held in memory for the page; the rest are only in the database. */
    public static final int KEPT = 200;

    public ImportReport {
        rejected = List.copyOf(rejected);
        notes = Map.copyOf(notes);
    }
}
