package fr.convergences.contribution.exchange;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows an import already knows: those imported before into the consultation (by key, with the contribution
 * each became), and those met earlier in the same file. The preview and the import ask it in the same order, so
 * that what the preview announces is what the import does.
 */
final class KnownRows {

    private final Map<SourceKey, Long> imported;
    private final Map<SourceKey, Long> linesInFile = new HashMap<>();

    KnownRows(Map<SourceKey, Long> imported) {
        this.imported = imported;
    }

    /** The contribution this row already became at an earlier import, or null. */
    @Nullable
    Long contributionOf(SourceKey key) {
        return imported.get(key);
    }

    /** The line of an earlier row of this file with the same key, or null; remembers this row's line otherwise. */
    @Nullable
    Long earlierLine(SourceKey key, long line) {
        return linesInFile.putIfAbsent(key, line);
    }
}
