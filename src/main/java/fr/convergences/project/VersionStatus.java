package fr.convergences.project;

/** Where a version of the projet stands: drafted, adopted by the council's vote, published. */
public enum VersionStatus {
    DRAFT,
    ADOPTED,
    PUBLISHED
}
