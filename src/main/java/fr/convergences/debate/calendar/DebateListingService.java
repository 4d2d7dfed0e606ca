package fr.convergences.debate.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * Reading the public calendar of debates, for its page: the debates a filter finds, the choices of the filters, and
 * past debates a page at a time. Public reading: no permission is needed, and nothing personal is read (see
 * {@link DebateListingStore}, which holds the SQL). The page talks to this service, never to the store.
 */
@Singleton
public class DebateListingService {

    private final DebateListingStore store;
    private final Clock clock;

    public DebateListingService(DebateListingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The approved, not cancelled debates the filter finds, in order of start (at most a calendar page's limit). */
    @Transactional(readOnly = true)
    public List<DebateListing> list(DebateFilter filter) {
        return store.list(filter);
    }

    /** The councils, communes and themes the filters offer, for the debates the filter's period finds. */
    @Transactional(readOnly = true)
    public DebateListingStore.Choices choices(DebateFilter filter) {
        return store.choices(filter);
    }

    /** One page of debates that are over now, the latest first; a page past the last one gives the last one. */
    @Transactional(readOnly = true)
    public DebateListingStore.PastPage past(int page, int pageSize) {
        return store.past(clock.instant(), page, pageSize);
    }
}
