package fr.convergences.base;

import org.jspecify.annotations.Nullable;

/**
 * The id of an entity read from or saved to the database. A Micronaut Data entity's generated id is null only before
 * it is saved, and nothing asks an unsaved entity for its id: if something does, it is a bug, named here with an
 * {@link IllegalStateException} rather than left to an unboxing's bare NullPointerException.
 */
public final class StoredId {

    private StoredId() {}

    public static long of(@Nullable Long id) {
        if (id == null) {
            throw new IllegalStateException("an entity not saved yet has no id");
        }
        return id;
    }
}
