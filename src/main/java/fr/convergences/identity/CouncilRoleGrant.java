package fr.convergences.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A role granted to an account in one council (organiser, moderator, council admin). */
@MappedEntity("council_role")
public record CouncilRoleGrant(
        @Id @GeneratedValue @Nullable Long id, Long accountId, Long councilId, CouncilRole role) {}
