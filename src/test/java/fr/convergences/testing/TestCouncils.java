package fr.convergences.testing;

import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.territory.Territory;
import fr.convergences.territory.TerritoryRepository;
import java.util.UUID;

/** Builds a fresh territory with its council for a test, so that tests sharing one platform never collide. */
public final class TestCouncils {

    private final TestPlatform platform;

    public TestCouncils(TestPlatform platform) {
        this.platform = platform;
    }

    public Council create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Territory territory = platform.bean(TerritoryRepository.class)
                .save(new Territory(null, "T" + suffix, "Territoire " + suffix, "Europe/Paris"));
        return platform.bean(CouncilRepository.class)
                .save(new Council(null, territory.id(), "Conseil " + suffix, "conseil-" + suffix));
    }
}
