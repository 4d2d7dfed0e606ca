package fr.convergences.search;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the whole index from PostgreSQL: into a new index beside the live one, which is swapped in
 * when complete. Searches keep the old, complete index meanwhile (never a half-empty one), and a failed
 * or interrupted rebuild leaves it untouched. The outbox is paused during the rebuild and replayed after
 * the swap, so changes made while it runs are not lost.
 */
@Singleton
public class IndexRebuilder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final int PAGE_SIZE = 1000;

    private final SearchIndex index;
    private final IndexSourceStore contributions;
    private final IndexUpdater updater;
    private final Clock clock;
    private volatile Progress progress = Progress.IDLE;
    private @Nullable Thread background;

    public IndexRebuilder(SearchIndex index, IndexSourceStore contributions, IndexUpdater updater, Clock clock) {
        this.index = index;
        this.contributions = contributions;
        this.updater = updater;
        this.clock = clock;
    }

    /** At start, a missing, set-aside or empty index (while PostgreSQL holds public contributions) is rebuilt in the background. */
    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        reasonToRebuild().ifPresent(this::startInBackground);
    }

    Optional<String> reasonToRebuild() {
        return switch (index.opening()) {
            case NEW -> Optional.of("the index directory was missing");
            case SET_ASIDE -> Optional.of("the index was unreadable and set aside");
            case OUTDATED -> Optional.of("the index was written with another layout of its documents");
            case EXISTING ->
                index.documentCount() == 0 && contributions.countPublic() > 0
                        ? Optional.of("the index is empty while the database holds public contributions")
                        : updater.missedPrunedChanges()
                                ? Optional.of("this node was away longer than the change log is kept")
                                : Optional.empty();
        };
    }

    public Progress progress() {
        return progress;
    }

    /** Starts a rebuild on its own thread; false when one is already running. */
    public synchronized boolean startInBackground(String reason) {
        if (background != null && background.isAlive()) {
            return false;
        }
        progress = Progress.starting(clock.instant());
        background = Thread.ofPlatform().daemon().name("search-index-rebuild").start(() -> {
            try {
                rebuild(reason, step -> {});
            } catch (RuntimeException e) {
                LOG.error("Search index rebuild failed; the previous index stays in use", e);
            }
        });
        return true;
    }

    /** Rebuilds now, on this thread; returns the number of contributions indexed. */
    public long rebuild(String reason, Consumer<Progress> listener) {
        return updater.exclusively(() -> {
            Instant started = clock.instant();
            // Every transaction below this point has ended, so what the pages below read includes it; later changes are
            // read again from the log from this point on (applying one twice changes nothing).
            long rebuiltHorizon = updater.snapshotHorizon();
            long total = contributions.countPublic();
            LOG.info("Search index rebuild started ({}): {} public contributions to index", reason, total);
            report(new Progress(State.RUNNING, 0, total, started, null), listener);
            Path built = null;
            try {
                built = index.newSibling("rebuild");
                long done = 0;
                long lastLogged = 0;
                try (FSDirectory directory = FSDirectory.open(built);
                        IndexWriter writer = new IndexWriter(
                                directory, SearchIndex.config().setRAMBufferSizeMB(bufferMegabytes()))) {
                    SearchIndex.stamp(writer, index.nodeId(), rebuiltHorizon);
                    try (PageReader pages = new PageReader()) {
                        List<IndexedContribution> page;
                        while (!(page = pages.next()).isEmpty()) {
                            for (IndexedContribution contribution : page) {
                                writer.addDocument(ContributionDocument.of(contribution));
                            }
                            done += page.size();
                            report(new Progress(State.RUNNING, done, Math.max(total, done), started, null), listener);
                            if (done - lastLogged >= Math.max(PAGE_SIZE, total / 10)) {
                                LOG.info("Search index rebuild: {} / {} contributions", done, total);
                                lastLogged = done;
                            }
                        }
                    }
                    writer.commit();
                }
                index.replaceWith(built);
                updater.restartFrom(rebuiltHorizon);
                report(new Progress(State.DONE, done, done, started, clock.instant()), listener);
                LOG.info(
                        "Search index rebuild done: {} contributions in {} ms",
                        done,
                        clock.millis() - started.toEpochMilli());
                return done;
            } catch (IOException | RuntimeException e) {
                report(
                        new Progress(State.FAILED, progress.done(), progress.total(), started, clock.instant()),
                        listener);
                deleteQuietly(built);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        });
    }

    /** Larger buffers flush fewer, larger segments (less merging): up to 256 MB, an eighth of the heap at most. */
    private static double bufferMegabytes() {
        return Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024)));
    }

    /**
     * The public contributions page by page, read from PostgreSQL on a thread of their own a few pages ahead: the
     * database prepares the next pages while this thread analyses and indexes the current one (two cores both busy).
     */
    private final class PageReader implements AutoCloseable {
        private static final List<IndexedContribution> END = List.of();
        private final BlockingQueue<List<IndexedContribution>> pages = new ArrayBlockingQueue<>(4);
        private final Thread thread;
        private volatile @Nullable RuntimeException failure;

        PageReader() {
            thread = Thread.ofPlatform()
                    .daemon()
                    .name("search-index-rebuild-reader")
                    .start(this::read);
        }

        private void read() {
            try {
                long after = 0;
                List<IndexedContribution> page;
                while (!(page = contributions.publicAfter(after, PAGE_SIZE)).isEmpty()) {
                    pages.put(page);
                    after = page.getLast().id();
                }
            } catch (InterruptedException e) {
                return; // the rebuild stopped: nobody reads any more
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                pages.put(END);
            } catch (InterruptedException ignored) {
                // the rebuild stopped
            }
        }

        /** The next page, empty at the end; a failure to read the database fails the rebuild. */
        List<IndexedContribution> next() {
            try {
                List<IndexedContribution> page = pages.take();
                if (page == END && failure != null) {
                    throw failure;
                }
                return page;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The search index rebuild was interrupted", e);
            }
        }

        @Override
        public void close() {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void report(Progress step, Consumer<Progress> listener) {
        progress = step;
        listener.accept(step);
    }

    private static void deleteQuietly(@Nullable Path built) {
        if (built == null) {
            return;
        }
        try (var files = java.nio.file.Files.walk(built)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder of a failed rebuild is harmless and replaced by the next one
        }
    }

    public enum State {
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    /** Where a rebuild stands: contributions indexed out of the total counted at its start. */
    public record Progress(
            State state,
            long done,
            long total,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt) {

        static final Progress IDLE = new Progress(State.IDLE, 0, 0, null, null);

        static Progress starting(Instant now) {
            return new Progress(State.RUNNING, 0, 0, now, null);
        }

        /** From 0 to 1, for a progress bar. */
        public double fraction() {
            return state == State.DONE ? 1 : total == 0 ? 0 : Math.min(1, (double) done / total);
        }
    }
}
