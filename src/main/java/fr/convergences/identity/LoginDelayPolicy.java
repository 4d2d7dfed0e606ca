package fr.convergences.identity;

import java.time.Duration;

/**
 * How long an account's next sign-in waits after its recent failures: nothing for the first few (typing mistakes),
 * then one second, doubling with each further failure, up to a minute. Never a lock: whoever guesses gets one try a
 * minute on an account at most, and the account's owner, whatever a stranger does, signs in within a minute. The
 * refused tries are not counted, so hammering does not lengthen the wait.
 */
public final class LoginDelayPolicy {

    /** Failures in the window that cost nothing. */
    static final int FREE_FAILURES = 5;

    static final Duration LONGEST = Duration.ofMinutes(1);

    private LoginDelayPolicy() {}

    /** The wait after the last failure, given how many failures the account had in the window. */
    public static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 16);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
