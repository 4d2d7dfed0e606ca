package fr.convergences.identity;

/** What happened when someone tried to sign in; the view shows the message of each refusal. */
public sealed interface LoginOutcome {

    record SignedIn(long accountId) implements LoginOutcome {
    }

    /** Wrong e-mail or password (never saying which), unconfirmed or suspended account. */
    record Refused(String messageKey) implements LoginOutcome {
    }

    /** Too many failures recently: try again after the window. */
    record Throttled(long minutes) implements LoginOutcome {
    }
}
