package fr.convergences.identity;

import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;

/**
 * Who is acting: a signed-in account, or nobody. Every service call that changes something takes
 * the actor explicitly, so authorisation is decided in the service layer, whatever the caller.
 * It holds only the account id: roles and status are read from the database at each decision,
 * so a suspension or a lost role takes effect at once.
 *
 * <p>Not null-checked yet ({@code @NullUnmarked}): the anonymous actor's id is null, so {@link #accountId()} is
 * nullable in truth, but about 140 callers across every feature read it after {@link Permissions#require} has
 * refused the anonymous, which NullAway cannot see. Declaring it {@code @Nullable} would fail each of them; the way
 * out is a non-null {@code signedInId()} for those callers, feature by feature, then {@code @Nullable} here.
 */
@NullUnmarked
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
