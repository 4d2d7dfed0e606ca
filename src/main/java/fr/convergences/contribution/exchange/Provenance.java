package fr.convergences.contribution.exchange;

import java.time.Instant;

/**
 * Where an imported contribution came from, as the public sees it: the other platform (the host of its address, or
 * empty when the file gave none), its reference and address there, its supports and comments there, and when it
 * was imported. Nothing personal: the author columns of other platforms are never read.
 */
public record Provenance(
        long consultationId,
        String platform,
        String externalId,
        String externalUrl,
        Integer supports,
        Integer comments,
        Instant importedAt) {

    public boolean platformKnown() {
        return platform != null && !platform.isEmpty();
    }
}
