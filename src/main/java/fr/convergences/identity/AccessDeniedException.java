package fr.convergences.identity;

import fr.convergences.base.UserFacingException;
import org.jspecify.annotations.Nullable;

/** The person may not do this here. Thrown by {@link Permissions} before anything is changed. */
public class AccessDeniedException extends UserFacingException {

    /** Null for a refused route, where no single action is at stake. */
    private final @Nullable Action action;

    public AccessDeniedException(Action action) {
        this(action, "error.access.denied");
    }

    /** A refusal whose message says more than "not allowed" (see {@link SuspendedException}). */
    protected AccessDeniedException(@Nullable Action action, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.action = action;
    }

    /** Refused navigation to a route, where no single action is at stake. */
    public AccessDeniedException() {
        this(null, "error.access.denied");
    }

    public @Nullable Action action() {
        return action;
    }
}
