package fr.convergences.search;

import fr.convergences.base.CriticalThreads;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Applies the search outbox to the index after commit, on its own thread. For each batch it reads the
 * current state of the changed contributions from PostgreSQL (gone, draft or hidden: the document is
 * deleted), writes them by id, refreshes the searchers, commits the index, and only then deletes the
 * outbox rows it applied: a crash in between applies them again, which changes nothing. At start the
 * rows left by the previous run are replayed first.
 * <p>
 * Woken by polling (every 200 ms by default) rather than LISTEN/NOTIFY: a NOTIFY in the trigger would
 * serialise the commits of every writing transaction (PostgreSQL takes a global lock to queue
 * notifications), and an idle poll of an empty table by its primary key costs next to nothing.
 */
@Singleton
public class IndexUpdater implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);
    static final int BATCH_SIZE = 500;
    /** Rows of a backlog applied between two commits: a commit syncs the index to disk, a few per second are enough. */
    static final int COMMIT_EVERY = 5_000;

    private final SearchIndex index;
    private final ContributionSource contributions;
    private final SearchOutbox outbox;
    private final Duration pollInterval;
    /** One writer of the index at a time: a batch of the outbox, or a whole rebuild (which pauses the outbox). */
    private final ReentrantLock writing = new ReentrantLock();
    private final Object applied = new Object();
    private final CriticalThreads criticalThreads;
    private Thread thread;
    private volatile boolean running;

    public IndexUpdater(SearchIndex index, ContributionSource contributions, SearchOutbox outbox,
                        @Value("${convergences.search.poll-interval:200ms}") Duration pollInterval, CriticalThreads criticalThreads) {
        this.index = index;
        this.contributions = contributions;
        this.outbox = outbox;
        this.pollInterval = pollInterval;
        this.criticalThreads = criticalThreads;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        start();
    }

    /** Starts the background thread, which first replays whatever the outbox holds. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        long pending = outbox.pendingCount();
        if (pending > 0) {
            LOG.info("Search outbox: replaying {} changes recorded before the last stop", pending);
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("search-index-updater").start(this::loop);
        criticalThreads.watch(thread);
    }

    /** Stops the background thread after its current batch; the outbox keeps what is not applied. */
    public synchronized void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        criticalThreads.release(thread);
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void loop() {
        while (running) {
            try {
                if (applyPending() == 0) {
                    Thread.sleep(pollInterval);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database or the disk may be away for a while: the outbox keeps the changes, try again later.
                LOG.warn("Search index update failed, retrying in 5 s: {}", e.getMessage(), e);
                try {
                    Thread.sleep(Duration.ofSeconds(5));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /**
     * Applies everything pending, batch by batch; returns how many outbox rows were applied. The index commits (an
     * fsync) when the outbox is drained, or every {@link #COMMIT_EVERY} rows of a large backlog (an import), and only
     * then are the applied rows deleted.
     */
    public int applyPending() {
        writing.lock();
        try {
            int total = 0;
            long after = 0;
            List<Long> uncommitted = new ArrayList<>();
            while (true) {
                List<SearchOutbox.Entry> batch = outbox.pending(after, BATCH_SIZE);
                if (!batch.isEmpty()) {
                    write(batch);
                    batch.forEach(entry -> uncommitted.add(entry.id()));
                    after = batch.getLast().id();
                    total += batch.size();
                }
                boolean drained = batch.size() < BATCH_SIZE;
                if (!uncommitted.isEmpty() && (drained || uncommitted.size() >= COMMIT_EVERY)) {
                    commit(uncommitted);
                    uncommitted.clear();
                }
                if (drained) {
                    return total;
                }
            }
        } finally {
            writing.unlock();
            synchronized (applied) {
                applied.notifyAll();
            }
        }
    }

    /** Writes the current state of a batch's contributions into the index (not yet committed). */
    private void write(List<SearchOutbox.Entry> batch) {
        Set<Long> ids = new LinkedHashSet<>();
        batch.forEach(entry -> ids.add(entry.entityId()));
        Map<Long, IndexedContribution> current = contributions.load(ids);
        IndexWriter writer = index.writer();
        try {
            for (long id : ids) {
                IndexedContribution contribution = current.get(id);
                if (contribution != null && contribution.isPublic()) {
                    writer.updateDocument(ContributionDocument.idTerm(id), ContributionDocument.of(contribution));
                } else {
                    writer.deleteDocuments(ContributionDocument.idTerm(id));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the written changes searchable and durable, then forgets the outbox rows they came from. */
    private void commit(List<Long> outboxIds) {
        try {
            index.refresh();
            index.writer().commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outbox.delete(outboxIds);
    }

    /**
     * Waits until the outbox is empty and nothing is being applied: every change committed before the
     * call is then searchable. For tests and benchmarks, which must not guess with a sleep.
     */
    public void awaitDrained(Duration timeout) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (writing.tryLock(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    try {
                        if (outbox.pendingCount() == 0) {
                            return;
                        }
                    } finally {
                        writing.unlock();
                    }
                }
                synchronized (applied) {
                    applied.wait(Math.max(1, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new TimeoutException("The search outbox still holds " + outbox.pendingCount() + " changes after " + timeout);
    }

    /** Runs the work with the outbox paused: a rebuild must not lose the changes that happen meanwhile. */
    <T> T exclusively(java.util.function.Supplier<T> work) {
        writing.lock();
        try {
            return work.get();
        } finally {
            writing.unlock();
        }
    }

    @PreDestroy
    @Override
    public void close() {
        stop();
    }
}
