package fr.convergences.territory;

import fr.convergences.base.demo.DemoData;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** The demo territory, Essonne (91), and its council. */
@Singleton
public class TerritoryDemoData implements DemoData {

    static final String DEMO_TERRITORY_CODE = "91";

    private final TerritoryRepository territories;
    private final CouncilRepository councils;

    public TerritoryDemoData(TerritoryRepository territories, CouncilRepository councils) {
        this.territories = territories;
        this.councils = councils;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional
    public void load() {
        Territory essonne = territories.findByCode(DEMO_TERRITORY_CODE)
                .orElseGet(() -> territories.save(new Territory(null, DEMO_TERRITORY_CODE, "Essonne", "Europe/Paris")));
        if (councils.findByTerritoryId(essonne.id()).isEmpty()) {
            councils.save(new Council(null, essonne.id(), "Conseil territorial de santé de l’Essonne", "cts-essonne"));
        }
    }
}
