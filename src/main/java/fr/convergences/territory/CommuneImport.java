package fr.convergences.territory;

import java.util.List;

/**
 * The outcome of a commune import: how many rows were saved, and each refused row with its line
 * number and the message key of the reason. Either all valid rows are saved, or none when the file
 * itself cannot be read.
 */
public record CommuneImport(int saved, List<RejectedRow> rejected) {

    public record RejectedRow(long line, String value, String messageKey) {}
}
