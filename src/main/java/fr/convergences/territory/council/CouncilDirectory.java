package fr.convergences.territory.council;

import fr.convergences.base.UserFacingException;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.territory.TerritoryRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneId;

/** Finds a council by the short address used in its pages' URLs. */
@Singleton
public class CouncilDirectory {

    private final CouncilRepository councils;
    private final TerritoryRepository territories;

    public CouncilDirectory(CouncilRepository councils, TerritoryRepository territories) {
        this.councils = councils;
        this.territories = territories;
    }

    /** The time zone of the council's territory, in which its pages show times (overseas territories are not on Paris time). */
    @Transactional(readOnly = true)
    public ZoneId zoneOf(Council council) {
        return territories
                .findById(council.territoryId())
                .map(territory -> ZoneId.of(territory.timeZone()))
                .orElse(ZoneId.of("Europe/Paris"));
    }

    /** A council's short address from its id, for links. */
    @Transactional(readOnly = true)
    public String slugOf(long councilId) {
        return councils.findById(councilId).map(Council::slug).orElse("");
    }

    @Transactional(readOnly = true)
    public Council bySlug(String slug) {
        return councils.findBySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new UserFacingException("territory.council.unknown"));
    }
}
