package fr.convergences.identity.audit;

/** The journal's filters: one action, one actor, or neither (null means any). */
public record JournalFilter(String action, Long actorAccountId) {

    public static final JournalFilter NONE = new JournalFilter(null, null);
}
