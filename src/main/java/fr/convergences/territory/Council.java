package fr.convergences.territory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The territorial health council (conseil territorial de santé) of one territory. */
@MappedEntity("council")
public record Council(@Id @GeneratedValue @Nullable Long id, Long territoryId, String name, String slug) {

    public static final int NAME_MAX_LENGTH = 200;
}
