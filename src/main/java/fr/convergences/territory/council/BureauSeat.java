package fr.convergences.territory.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("bureau_seat")
public record BureauSeat(
        @Id @GeneratedValue @Nullable Long id, Long councilId, Long mandateId, BureauPosition position) {}
