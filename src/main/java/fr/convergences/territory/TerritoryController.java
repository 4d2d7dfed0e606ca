package fr.convergences.territory;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Public, read-only JSON of the territories and their councils. */
@Controller("/api/territories")
@Tag(name = "Territories")
public class TerritoryController {

    private final TerritoryService territoryService;

    public TerritoryController(TerritoryService territoryService) {
        this.territoryService = territoryService;
    }

    @Get
    @Operation(summary = "List the territories and their territorial health councils")
    public List<TerritoryJson> list() {
        return territoryService.listTerritories().stream()
                .map(entry -> new TerritoryJson(
                        entry.territory().code(),
                        entry.territory().name(),
                        entry.territory().timeZone(),
                        entry.council()
                                .map(council -> new CouncilJson(council.name(), council.slug()))
                                .orElse(null)))
                .toList();
    }

    @Serdeable
    public record TerritoryJson(
            String code,
            String name,
            String timeZone,
            @Nullable CouncilJson council) {}

    @Serdeable
    public record CouncilJson(String name, String slug) {}
}
