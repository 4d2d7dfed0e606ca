package fr.convergences.project.diagnostic;

/**
 * A version of a council's diagnostic was published: the people behind the needs it names are to be told. Published
 * inside the publishing transaction, so that the notification's outbox row commits or rolls back with it.
 */
public record DiagnosticPublished(
        long diagnosticId, long versionId, long councilId, String councilSlug, String title, int number) {

    /** The published version's public page. */
    public String path() {
        return "/conseils/" + councilSlug + "/diagnostic/" + number;
    }
}
