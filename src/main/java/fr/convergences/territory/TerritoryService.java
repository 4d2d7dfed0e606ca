package fr.convergences.territory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Territories and their councils, as the public sees them. */
@Singleton
public class TerritoryService {

    private final TerritoryRepository territories;
    private final CouncilRepository councils;

    public TerritoryService(TerritoryRepository territories, CouncilRepository councils) {
        this.territories = territories;
        this.councils = councils;
    }

    /** Every territory by code, each with its council when it has one. */
    @Transactional(readOnly = true)
    public List<TerritoryCouncil> listTerritories() {
        List<Territory> all = territories.listOrderByCode();
        Map<Long, Council> councilByTerritory =
                councils.findByTerritoryIdIn(all.stream().map(Territory::id).toList()).stream()
                        .collect(Collectors.toMap(Council::territoryId, Function.identity()));
        return all.stream()
                .map(territory ->
                        new TerritoryCouncil(territory, Optional.ofNullable(councilByTerritory.get(territory.id()))))
                .toList();
    }

    /** A territory with its council, if it has one yet. */
    public record TerritoryCouncil(Territory territory, Optional<Council> council) {}
}
