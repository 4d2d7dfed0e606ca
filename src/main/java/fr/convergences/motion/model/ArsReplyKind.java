package fr.convergences.motion.model;

/** What the regional health agency answered to an avis: it accepted it, partly, refused it, or gave no reply by the expected date. */
public enum ArsReplyKind {
    ACCEPTED,
    PARTLY,
    REFUSED,
    NONE
}
