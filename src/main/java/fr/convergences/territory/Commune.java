package fr.convergences.territory;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A commune of a territory, identified by its INSEE code (not its postal code, which several communes share). */
@MappedEntity("commune")
public record Commune(@Id String inseeCode, Long territoryId, String name) {

    public static final int NAME_MAX_LENGTH = 120;
}
