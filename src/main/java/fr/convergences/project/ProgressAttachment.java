package fr.convergences.project;

/** A document attached to a progress log entry, as a link (the platform stores no files). */
public record ProgressAttachment(long progressId, String label, String url) {

    public static final int LABEL_MAX_LENGTH = 200;
    public static final int URL_MAX_LENGTH = 500;
}
