package fr.convergences.debate.organiser;

import org.jspecify.annotations.Nullable;

/** Something an organiser has to do about one of their debates, with the page where it is done. */
public enum NextStep {
    AWAIT_APPROVAL(null),
    FOLLOW_REGISTRATIONS("inscriptions"),
    RECORD_ATTENDANCE("compte-rendu"),
    WRITE_MINUTES("compte-rendu"),
    TYPE_CONTRIBUTIONS("saisie");

    private final @Nullable String page;

    NextStep(@Nullable String page) {
        this.page = page;
    }

    /** The path of the page where the step is done, or null when the organiser has nothing to do but wait. */
    public @Nullable String path(long debateId) {
        return page == null ? null : "debats/" + debateId + "/" + page;
    }
}
