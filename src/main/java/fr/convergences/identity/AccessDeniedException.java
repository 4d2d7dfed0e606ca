package fr.convergences.identity;

import fr.convergences.base.UserFacingException;

/** The person may not do this here. Thrown by {@link Permissions} before anything is changed. */
public class AccessDeniedException extends UserFacingException {

    private final Action action;

    public AccessDeniedException(Action action) {
        this(action, "error.access.denied");
    }

    /** A refusal whose message says more than "not allowed" (see {@link SuspendedException}). */
    protected AccessDeniedException(Action action, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.action = action;
    }

    /** Refused navigation to a route, where no single action is at stake. */
    public AccessDeniedException() {
        this(null);
    }

    public Action action() {
        return action;
    }
}
