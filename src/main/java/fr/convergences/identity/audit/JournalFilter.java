package fr.convergences.identity.audit;

import org.jspecify.annotations.Nullable;

/** The journal's filters: one action, one actor, or neither (null means any). */
public record JournalFilter(
        @Nullable String action, @Nullable Long actorAccountId) {

    public static final JournalFilter NONE = new JournalFilter(null, null);
}
