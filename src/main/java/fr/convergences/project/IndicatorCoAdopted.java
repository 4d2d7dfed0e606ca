package fr.convergences.project;

import java.time.Instant;

/** The users' college's agreement to an indicator was recorded: the indicator is co-adopted and public as such. */
public record IndicatorCoAdopted(long indicatorId, long councilId, Instant at) {}
