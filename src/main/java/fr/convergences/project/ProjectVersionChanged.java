package fr.convergences.project;

import java.time.Instant;

/** A version of a council's projet was adopted or published. */
public record ProjectVersionChanged(long projectId, long councilId, int number, VersionStatus status, Instant at) {}
