package fr.convergences.motion.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON object that the platform wrote itself (a chained payload, a published count) back into typed values.
 * A missing key or a value of the wrong type means the text was altered or written by another version: the refusal
 * names the key, so that the verifier can say which link or count it could not read.
 */
record JsonFields(String what) {

    static final JsonFields CHAINED_PAYLOAD = new JsonFields("chained payload");
    static final JsonFields PUBLISHED_COUNT = new JsonFields("published count");

    /** The key's value, null included; refused when the key is absent. */
    @Nullable
    Object present(Map<String, ? extends @Nullable Object> map, String key) {
        if (!map.containsKey(key)) {
            throw new IllegalArgumentException("the " + what + " has no \"" + key + "\"");
        }
        return map.get(key);
    }

    <T> T required(@Nullable Object value, String key, Class<T> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("the " + what + "'s \"" + key + "\" is not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** The key's value when present and not null, of the given type; null otherwise. */
    <T> @Nullable T nullable(Map<String, ? extends @Nullable Object> map, String key, Class<T> type) {
        Object value = map.get(key);
        return value == null ? null : required(value, key, type);
    }
}
