package fr.convergences.identity;

import java.util.Map;

/**
 * A part of the personal-data download (GDPR article 20). Each feature that stores data about a
 * person contributes its own section, so that the download stays complete as features are added.
 */
public interface PersonalDataSection {

    /** The key of this section in the downloaded JSON, such as "mandates". */
    String name();

    /** JSON-friendly values only: maps, lists, strings, numbers, booleans. */
    Object export(long accountId);

    static Map<String, Object> entry(String key, Object value) {
        return value == null ? Map.of() : Map.of(key, value);
    }
}
