package fr.convergences.motion.model;

/** A ballot as it is counted: its choice and the college of its seat (for the per-college breakdown); never its voter. */
public record CountedBallot(long collegeId, BallotChoice choice) {}
