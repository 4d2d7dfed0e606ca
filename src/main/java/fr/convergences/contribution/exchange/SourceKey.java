package fr.convergences.contribution.exchange;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How an imported row is recognised when the same file, or a later export of the same platform, is imported again:
 * its origin (the host of its address on the other platform) and its id there. Rows without an address have the
 * empty origin: their ids are then taken as the consultation's own references, whatever file they came in.
 */
record SourceKey(String origin, String externalId) {

    static final String UNKNOWN_ORIGIN = "";
    private static final Pattern HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#@]+@)?([^/:?#]+)");

    /** The key of a row, or null when the row has no id (it cannot be recognised, and is imported each time). */
    static @Nullable SourceKey of(@Nullable String externalId, @Nullable String externalUrl) {
        if (externalId == null || externalId.isBlank()) {
            return null;
        }
        return new SourceKey(origin(externalUrl), externalId.strip());
    }

    static String origin(@Nullable String url) {
        if (url == null) {
            return UNKNOWN_ORIGIN;
        }
        Matcher host = HOST.matcher(url.strip());
        return host.find() ? host.group(2).toLowerCase(Locale.ROOT) : UNKNOWN_ORIGIN;
    }
}
