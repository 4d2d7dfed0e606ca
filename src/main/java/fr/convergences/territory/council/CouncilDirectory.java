package fr.convergences.territory.council;

import fr.convergences.base.UserFacingException;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Finds a council by the short address used in its pages' URLs. */
@Singleton
public class CouncilDirectory {

    private final CouncilRepository councils;

    public CouncilDirectory(CouncilRepository councils) {
        this.councils = councils;
    }

    /** A council's short address from its id, for links. */
    @Transactional(readOnly = true)
    public String slugOf(long councilId) {
        return councils.findById(councilId).map(Council::slug).orElse("");
    }

    @Transactional(readOnly = true)
    public Council bySlug(String slug) {
        return councils.findBySlug(slug == null ? "" : slug).orElseThrow(() -> new UserFacingException("territory.council.unknown"));
    }
}
