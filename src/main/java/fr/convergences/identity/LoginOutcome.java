package fr.convergences.identity;

/** What happened when someone tried to sign in; the view shows the message of each refusal. */
public sealed interface LoginOutcome {

    record SignedIn(long accountId) implements LoginOutcome {}

    /** Wrong e-mail or password (never saying which), unconfirmed or suspended account. */
    record Refused(String messageKey) implements LoginOutcome {}

    /** Too many failures from this address recently: try again after the window. */
    record Throttled(long minutes) implements LoginOutcome {}

    /** This account had several failures just now: its next try waits a few seconds (a minute at most), never longer. */
    record Delayed(long seconds) implements LoginOutcome {}
}
