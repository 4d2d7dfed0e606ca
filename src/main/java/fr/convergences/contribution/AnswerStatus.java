package fr.convergences.contribution;

/** Where the council stands on a contribution, as it tells the public. */
public enum AnswerStatus {
    RECEIVED,
    UNDER_STUDY,
    RETAINED,
    PARTLY_RETAINED,
    NOT_RETAINED,
    MERGED,
    TURNED_INTO_MOTION
}
