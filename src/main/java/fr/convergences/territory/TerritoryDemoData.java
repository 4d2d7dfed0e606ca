package fr.convergences.territory;

import fr.convergences.base.demo.DemoData;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;

/** The demo territory, Essonne (91), and its council. */
@Singleton
public class TerritoryDemoData implements DemoData {

    static final String DEMO_TERRITORY_CODE = "91";
    /** A few communes of Essonne (INSEE code, name): enough for the commune filter and a consultation's scope. */
    static final Map<String, String> DEMO_COMMUNES = Map.of(
            "91228",
            "Évry-Courcouronnes",
            "91174",
            "Corbeil-Essonnes",
            "91377",
            "Massy",
            "91477",
            "Palaiseau",
            "91223",
            "Étampes",
            "91589",
            "Savigny-sur-Orge",
            "91201",
            "Draveil",
            "91549",
            "Sainte-Geneviève-des-Bois",
            "91027",
            "Athis-Mons",
            "91200",
            "Dourdan");

    private final TerritoryRepository territories;
    private final CouncilRepository councils;
    private final CommuneRepository communes;

    public TerritoryDemoData(TerritoryRepository territories, CouncilRepository councils, CommuneRepository communes) {
        this.territories = territories;
        this.councils = councils;
        this.communes = communes;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional
    public void load() {
        Territory essonne = territories
                .findByCode(DEMO_TERRITORY_CODE)
                .orElseGet(() -> territories.save(new Territory(null, DEMO_TERRITORY_CODE, "Essonne", "Europe/Paris")));
        long essonneId = essonne.storedId();
        if (councils.findByTerritoryId(essonneId).isEmpty()) {
            councils.save(new Council(null, essonneId, "Conseil territorial de santé de l’Essonne", "cts-essonne"));
        }
        if (communes.countByTerritoryId(essonneId) == 0) {
            DEMO_COMMUNES.forEach((code, name) -> communes.save(new Commune(code, essonneId, name)));
        }
    }
}
