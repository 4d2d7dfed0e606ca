package fr.convergences.identity.notification;

import fr.convergences.identity.AccountDeletedEvent;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.PersonalDataSection;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * People following a contribution, a convergence, a motion or an action, to be told what becomes of it as the people
 * behind it are. Following is one's own business: any signed-in person may, and it changes nothing for anyone else.
 */
@Singleton
public class Follows implements PersonalDataSection {

    private final FollowStore store;
    private final OutboxStore outbox;
    private final Permissions permissions;
    private final Clock clock;

    public Follows(FollowStore store, OutboxStore outbox, Permissions permissions, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public void follow(Actor actor, FollowedKind kind, long subjectId) {
        permissions.require(actor, Action.FOLLOW);
        store.follow(actor.accountId(), kind, subjectId, clock.instant());
    }

    @Transactional
    public void unfollow(Actor actor, FollowedKind kind, long subjectId) {
        permissions.require(actor, Action.FOLLOW);
        store.unfollow(actor.accountId(), kind, subjectId);
    }

    /** False for visitors, who are invited to sign in instead. */
    @Transactional(readOnly = true)
    public boolean follows(Actor actor, FollowedKind kind, long subjectId) {
        return actor.isAuthenticated() && store.follows(actor.accountId(), kind, subjectId);
    }

    /** Who follows any of these things, for the audiences of the outbox. */
    @Transactional(readOnly = true)
    public List<Long> followers(FollowedKind kind, Collection<Long> subjectIds) {
        return store.followers(kind, subjectIds);
    }

    @EventListener
    void onAccountDeleted(AccountDeletedEvent event) {
        store.forget(event.accountId());
        outbox.forget(event.accountId());
    }

    @Override
    public String name() {
        return "follows";
    }

    @Override
    public Object export(long accountId) {
        return store.followed(accountId).stream()
                .map(row -> Map.of("kind", row[0], "id", row[1], "since", row[2]))
                .toList();
    }
}
