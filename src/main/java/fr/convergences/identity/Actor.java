package fr.convergences.identity;

import java.util.Optional;

/**
 * Who is acting: a signed-in account, or nobody. Every service call that changes something takes
 * the actor explicitly, so authorisation is decided in the service layer, whatever the caller.
 * It holds only the account id: roles and status are read from the database at each decision,
 * so a suspension or a lost role takes effect at once.
 */
public record Actor(Long accountId) {

    public static final Actor ANONYMOUS = new Actor(null);

    public static Actor account(long accountId) {
        return new Actor(accountId);
    }

    public boolean isAuthenticated() {
        return accountId != null;
    }

    public Optional<Long> id() {
        return Optional.ofNullable(accountId);
    }
}
