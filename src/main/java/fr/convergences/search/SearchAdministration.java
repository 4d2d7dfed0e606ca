package fr.convergences.search;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import jakarta.inject.Singleton;

/** The platform admin's view of the index: its size, what the outbox still holds, and a rebuild on request. */
@Singleton
public class SearchAdministration {

    private final Permissions permissions;
    private final SearchIndex index;
    private final IndexUpdater updater;
    private final IndexRebuilder rebuilder;

    public SearchAdministration(
            Permissions permissions, SearchIndex index, IndexUpdater updater, IndexRebuilder rebuilder) {
        this.permissions = permissions;
        this.index = index;
        this.updater = updater;
        this.rebuilder = rebuilder;
    }

    public Status status(Actor actor) {
        requirePlatformAdmin(actor);
        return new Status(index.documentCount(), updater.pendingCount(), rebuilder.progress());
    }

    /** Starts a rebuild in the background; refused while one is running. */
    public void rebuild(Actor actor) {
        requirePlatformAdmin(actor);
        if (!rebuilder.startInBackground("requested from the administration page")) {
            throw new UserFacingException("search.admin.rebuild.running");
        }
    }

    private void requirePlatformAdmin(Actor actor) {
        if (!permissions.isPlatformAdmin(actor)) {
            throw new AccessDeniedException();
        }
    }

    public record Status(int documents, long pendingChanges, IndexRebuilder.Progress rebuild) {}
}
