package fr.convergences.contribution.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an import did: how many contributions were saved (all in one transaction), how many rows were
 * skipped as already imported, each rejected row with its line and reason, and how many rows each
 * note concerned (a text taken as title…).
 */
public record ImportReport(long importId, String fileName, long acceptedCount, long alreadyImportedCount, List<RejectedRow> rejected,
                           Map<String, Long> notes) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        notes = Map.copyOf(notes);
    }
}
