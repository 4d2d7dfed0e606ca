package fr.convergences.base.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in one sentence why the platform or a command could not start (a data directory in use, a database out of
 * reach), instead of the stack trace of the dependency-injection layers that wrap the cause. The trace stays in the
 * log at debug level for whoever needs it.
 */
public final class StartupFailure {

    private static final Logger LOG = LoggerFactory.getLogger(StartupFailure.class);

    private StartupFailure() {}

    /** The innermost cause's own words: the framework's wrappers only repeat where the failure travelled. */
    public static String explain(Throwable failure) {
        LOG.debug("Start-up failed", failure);
        String message = failure.getMessage();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        String firstLine = message == null
                ? failure.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElse("");
        return "Convergences could not start: " + firstLine;
    }
}
