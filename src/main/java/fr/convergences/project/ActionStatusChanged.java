package fr.convergences.project;

import java.time.Instant;

/** An action started, was done or abandoned: the people behind what it answers are to be told. */
public record ActionStatusChanged(long actionId, long councilId, ActionStatus from, ActionStatus to, Instant at) {}
