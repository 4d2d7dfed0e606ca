package fr.convergences.motion.model;

import java.time.Instant;

/** The agency replied to an avis (or the reply was recorded as none): the people behind what it answers are to be told. */
public record ArsReplyRecorded(long motionId, long councilId, long replyId, ArsReplyKind kind, Instant at) {}
