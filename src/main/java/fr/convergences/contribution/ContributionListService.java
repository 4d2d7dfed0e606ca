package fr.convergences.contribution;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Reading the public list of a consultation's contributions, for the consultation's page: a page of the list, the
 * participation figure by origin, and the communes of the filter. Public reading: only published, visible
 * contributions are read (see {@link ContributionListStore}, which holds the SQL). The page talks to this service,
 * never to the store.
 */
@Singleton
public class ContributionListService {

    private final ContributionListStore store;

    public ContributionListService(ContributionListStore store) {
        this.store = store;
    }

    /** One page of the list, sorted and filtered as the query says. */
    @Transactional(readOnly = true)
    public ContributionSlice browse(ContributionQuery query) {
        return store.browse(query);
    }

    /** How many public contributions came online and how many were collected offline. */
    @Transactional(readOnly = true)
    public Map<ContributionOrigin, Long> countByOrigin(long consultationId) {
        return store.countByOrigin(consultationId);
    }

    /** The communes public contributions of the consultation name (code → name), for the commune filter. */
    @Transactional(readOnly = true)
    public Map<String, String> communes(long consultationId) {
        return store.communes(consultationId);
    }
}
