package fr.convergences.base.api;

/**
 * The {@code Content-Disposition} of a file the platform serves. One place builds it, so that a name made from data
 * (a council's slug, an id) can never close the quoted name or start a header line.
 */
public final class Downloads {

    private Downloads() {}

    /** Saved by the browser under {@code fileName}. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + safe(fileName) + "\"";
    }

    /** Shown by the browser when it can (JSON, PDF, Markdown), saved under {@code fileName} otherwise. */
    public static String inline(String fileName) {
        return "inline; filename=\"" + safe(fileName) + "\"";
    }

    private static String safe(String fileName) {
        return fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
