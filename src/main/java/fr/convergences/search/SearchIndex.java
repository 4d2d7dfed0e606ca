package fr.convergences.search;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk. It is derived data: PostgreSQL is the truth, so an index that cannot
 * be opened is set aside (kept for inspection, never deleted) and a fresh one is created, to be
 * rebuilt from the database. Searches read near-real-time snapshots from the writer.
 */
@Singleton
public class SearchIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    /** How the index was found when it was opened: a new, set-aside or outdated one must be rebuilt from PostgreSQL. */
    public enum Opening {
        EXISTING,
        NEW,
        SET_ASIDE,
        OUTDATED
    }

    private final Path path;
    private final Clock clock;
    /** The open index, null until first use and after {@link #close()}. */
    private @Nullable Opened opened;
    /** How the index was found when last opened; set by every opening. */
    private @Nullable Opening opening;
    /**
     * This node's identity in the change log's registry, kept in the index's commits (one index, one node); read at the
     * first opening and kept through the next ones (a rebuilt index gets the same).
     */
    private @Nullable UUID nodeId;
    /** How far the change log was applied when the index last committed (see {@link SearchOutboxStore#read}). */
    private long committedHorizon;

    public SearchIndex(@Value("${convergences.data-dir:data}") String dataDirectory, Clock clock) {
        this.path = Path.of(dataDirectory).resolve("index").toAbsolutePath();
        this.clock = clock;
    }

    public Path path() {
        return path;
    }

    /** Opens the index on first use, so that commands which never search never lock it. */
    public synchronized IndexWriter writer() {
        return opened().writer();
    }

    private synchronized Opened opened() {
        Opened current = opened;
        if (current == null) {
            try {
                current = open();
            } catch (IOException e) {
                throw new UncheckedIOException("The search index at " + path + " cannot be opened", e);
            }
        }
        return current;
    }

    public synchronized Opening opening() {
        opened();
        return Objects.requireNonNull(opening, "opening the index says how it was found");
    }

    /** The server opens the index at start, so that a broken index shows in the log at once, not at the first search. */
    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        writer();
    }

    public int documentCount() {
        try (Lease lease = acquire()) {
            return lease.searcher().getIndexReader().numDocs();
        }
    }

    /** A searcher on the latest refreshed snapshot; close the lease when done. */
    public Lease acquire() {
        SearcherManager manager;
        synchronized (this) {
            manager = opened().searchers();
        }
        try {
            return new Lease(manager, (FacetedSearcher) manager.acquire());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what the writer holds (committed or not) visible to the next searches. */
    public void refresh() {
        SearcherManager manager;
        synchronized (this) {
            manager = opened().searchers();
        }
        try {
            manager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty index beside this one, for a rebuild; swapped in by {@link #replaceWith(Path)}. */
    Path newSibling(String purpose) throws IOException {
        Path sibling = path.resolveSibling("index-" + purpose + "-" + clock.millis());
        Files.createDirectories(sibling);
        return sibling;
    }

    /**
     * Marks the commits of a writer with the layout of the documents it writes, the node it belongs to and how far the
     * change log had been applied: the position travels with the index it describes, so a crash, a copied index or a
     * rebuilt one can never pair an index with another index's position.
     */
    static void stamp(IndexWriter writer, UUID node, long horizon) {
        writer.setLiveCommitData(Map.of(
                        ContributionDocument.SCHEMA_KEY,
                        ContributionDocument.SCHEMA_VERSION,
                        NODE_KEY,
                        node.toString(),
                        HORIZON_KEY,
                        Long.toString(horizon))
                .entrySet());
    }

    static final String NODE_KEY = "convergences.node";
    static final String HORIZON_KEY = "convergences.change-log.horizon";

    public synchronized UUID nodeId() {
        opened();
        return Objects.requireNonNull(nodeId, "opening the index gives it its node id");
    }

    /** The change-log horizon of the last commit (0 for an index that never recorded one: the whole log applies). */
    public synchronized long committedHorizon() {
        writer();
        return committedHorizon;
    }

    /** Commits what the writer holds, recording the change-log horizon it reaches. */
    synchronized void commit(long horizon) throws IOException {
        IndexWriter current = writer();
        stamp(current, nodeId(), horizon);
        current.commit();
        committedHorizon = horizon;
    }

    private static @Nullable String schemaOf(Directory directory) throws IOException {
        return SegmentInfos.readLatestCommit(directory).getUserData().get(ContributionDocument.SCHEMA_KEY);
    }

    static IndexWriterConfig config() {
        return new IndexWriterConfig(FrenchAnalyzer.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /**
     * Puts a complete, committed index in place of this one. The previous index is kept as index-previous
     * (replacing an older one) until the next swap; searches running on it finish on their snapshot.
     */
    synchronized void replaceWith(Path built) throws IOException {
        closeQuietly();
        Path previous = path.resolveSibling("index-previous");
        deleteRecursively(previous);
        if (Files.exists(path)) {
            Files.move(path, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(built, path, StandardCopyOption.ATOMIC_MOVE);
        open();
        opening = Opening.EXISTING;
    }

    private Opened open() throws IOException {
        Files.createDirectories(path);
        try {
            return createWriter();
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            Path asideTo = path.resolveSibling("index-corrupt-" + clock.millis());
            LOG.warn(
                    "The search index at {} is unreadable ({}); moved to {} and starting a new one to rebuild from the database",
                    path,
                    e.getMessage(),
                    asideTo);
            Files.move(path, asideTo);
            Files.createDirectories(path);
            Opened created = createWriter();
            opening = Opening.SET_ASIDE;
            return created;
        }
    }

    private Opened createWriter() throws IOException {
        Directory directory = FSDirectory.open(path);
        boolean outdated;
        boolean existed;
        try {
            existed = DirectoryReader.indexExists(directory);
            outdated = existed && !ContributionDocument.SCHEMA_VERSION.equals(schemaOf(directory));
        } catch (IOException e) {
            directory.close();
            throw e;
        }
        if (outdated) {
            // Written with another layout by an earlier version: derived data, replaced by a rebuild from PostgreSQL.
            directory.close();
            Path previous = path.resolveSibling("index-previous");
            LOG.warn(
                    "The search index at {} was written with another layout; moved to {} and starting a new one to rebuild from the database",
                    path,
                    previous);
            deleteRecursively(previous);
            Files.move(path, previous);
            Files.createDirectories(path);
            Opened created = createWriter();
            opening = Opening.OUTDATED;
            return created;
        }
        Map<String, String> committed =
                existed ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        UUID node = nodeId != null
                ? nodeId
                : committed.containsKey(NODE_KEY) ? UUID.fromString(committed.get(NODE_KEY)) : UUID.randomUUID();
        nodeId = node;
        committedHorizon = Long.parseLong(committed.getOrDefault(HORIZON_KEY, "0"));
        try {
            IndexWriter created = new IndexWriter(directory, config());
            stamp(created, node, committedHorizon);
            SearcherManager searchers;
            try {
                created.commit(); // an empty index is a valid index: readers can open it at once
                searchers = new SearcherManager(created, new FacetedSearcherFactory());
            } catch (IOException | RuntimeException e) {
                created.rollback();
                throw e;
            }
            Opened now = new Opened(directory, created, searchers);
            opened = now;
            opening = existed ? Opening.EXISTING : Opening.NEW;
            return now;
        } catch (IOException e) {
            directory.close();
            throw e;
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private void closeQuietly() {
        Opened closing = opened;
        try {
            if (closing != null) {
                closing.searchers().close();
                closing.writer().close();
                closing.directory().close();
            }
        } catch (IOException e) {
            LOG.warn("The search index did not close cleanly", e);
        } finally {
            opened = null;
        }
    }

    /** The directory, writer and searchers of the open index: opened together, closed together. */
    private record Opened(Directory directory, IndexWriter writer, SearcherManager searchers) {}

    @PreDestroy
    @Override
    public synchronized void close() {
        closeQuietly();
    }

    /**
     * A searcher that also carries the facet counts of the listings without words (every contribution of a scope, the
     * search page's first view), which hold until the next refresh and would otherwise count every document of the
     * scope at each view.
     */
    public static final class FacetedSearcher extends IndexSearcher {

        private static final int LISTINGS = 64;

        private final Map<Object, Object> listings = new java.util.concurrent.ConcurrentHashMap<>();

        FacetedSearcher(IndexReader reader) {
            super(reader);
        }

        /** What {@code compute} gives for this key on this snapshot, computed once (a few dozen keys at most). */
        @SuppressWarnings("unchecked")
        <T> T listing(Object key, java.util.function.Supplier<T> compute) {
            Object found = listings.get(key);
            if (found == null) {
                found = compute.get();
                if (listings.size() >= LISTINGS) {
                    listings.clear();
                }
                listings.put(key, found);
            }
            return (T) found;
        }
    }

    private static final class FacetedSearcherFactory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new FacetedSearcher(reader);
        }
    }

    /** One search's hold on a snapshot. */
    public record Lease(SearcherManager manager, FacetedSearcher searcher) implements AutoCloseable {
        @Override
        public void close() {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
