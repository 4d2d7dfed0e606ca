package fr.convergences.search;

import fr.convergences.base.CriticalThreads;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.IndexWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the change log ({@link SearchOutboxStore}) to this node's index after commit, on its own thread. Each pass reads,
 * in one snapshot, the rows written from the node's horizon on; for each batch it reads the current state of the
 * changed contributions from PostgreSQL (gone, draft or hidden: the document is deleted) and writes them by id; then it
 * refreshes the searchers and commits the index together with the new horizon. A crash before that commit applies the
 * rows again from the old horizon, which changes nothing. Every node reads the whole log for itself, so a search on any
 * node finds what was written through any other; rows are pruned once every live node has passed them.
 * <p>
 * Woken by polling (every 200 ms by default) rather than LISTEN/NOTIFY: a NOTIFY in the trigger would
 * serialise the commits of every writing transaction (PostgreSQL takes a global lock to queue
 * notifications), and an idle poll by an index on the transaction id costs next to nothing.
 */
@Singleton
public class IndexUpdater implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);
    static final int BATCH_SIZE = 500;
    /** Rows of a backlog applied between two commits: a commit syncs the index to disk, a few per second are enough. */
    static final int COMMIT_EVERY = 5_000;
    /** How often a node records its horizon and prunes what every live node has passed. */
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final SearchIndex index;
    private final IndexSourceStore contributions;
    private final SearchOutboxStore outbox;
    private final Duration pollInterval;
    private final Duration nodeRetention;
    /** One writer of the index at a time: a batch of the outbox, or a whole rebuild (which pauses the outbox). */
    private final ReentrantLock writing = new ReentrantLock();

    private final Object applied = new Object();
    private final CriticalThreads criticalThreads;
    /**
     * The rows at or above the horizon already applied (by id, with their transaction): a pass reads them again while
     * an older transaction is still running, and skipping them keeps a long transaction from re-indexing its neighbours.
     */
    private final Map<Long, Long> appliedAboveHorizon = new HashMap<>();
    /** The horizon reached by the last pass (committed to the index when the pass wrote anything). */
    private volatile long horizon = -1;

    private long lastPruned;
    private @Nullable Thread thread;
    private volatile boolean running;

    public IndexUpdater(
            SearchIndex index,
            IndexSourceStore contributions,
            SearchOutboxStore outbox,
            @Value("${convergences.search.poll-interval:200ms}") Duration pollInterval,
            @Value("${convergences.search.node-retention:7d}") Duration nodeRetention,
            CriticalThreads criticalThreads) {
        this.index = index;
        this.contributions = contributions;
        this.outbox = outbox;
        this.pollInterval = pollInterval;
        this.criticalThreads = criticalThreads;
        this.nodeRetention = nodeRetention;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        start();
    }

    /** Starts the background thread, which first applies whatever the log holds beyond the index's horizon. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        long pending = pendingCount();
        if (pending > 0) {
            LOG.info("Search change log: applying {} changes recorded since this index last committed", pending);
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("search-index-updater").start(this::loop);
        criticalThreads.watch(thread);
    }

    /** Stops the background thread after its current batch; the log keeps what is not applied. */
    public synchronized void stop() {
        running = false;
        Thread stopping = thread;
        if (stopping == null) {
            return;
        }
        criticalThreads.release(stopping);
        stopping.interrupt();
        try {
            stopping.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** True when the log was pruned past this index's horizon (the node was away too long): only a rebuild catches up. */
    boolean missedPrunedChanges() {
        return index.committedHorizon() < outbox.prunedBelow();
    }

    /** The changes recorded in PostgreSQL that this node's index does not hold yet. */
    public long pendingCount() {
        writing.lock();
        try {
            return Math.max(0, outbox.countFrom(currentHorizon()) - appliedAboveHorizon.size());
        } finally {
            writing.unlock();
        }
    }

    /**
     * The changes not applied here yet, without waiting for a pass in progress (readiness and metrics ask while a large
     * backlog is applied): it may count a few rows applied by the running pass.
     */
    public long lag() {
        long known = horizon;
        if (known < 0) {
            return pendingCount();
        }
        return Math.max(0, outbox.countFrom(known) - appliedAboveHorizon.size());
    }

    private long currentHorizon() {
        if (horizon < 0) {
            horizon = index.committedHorizon();
        }
        return horizon;
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
                // The database or the disk may be away for a while: the log keeps the changes, try again later.
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
     * Applies everything pending, batch by batch; returns how many log rows were applied. The index commits (an
     * fsync) at the end of the pass with the new horizon, and every {@link #COMMIT_EVERY} rows of a large backlog (an
     * import) with the old one, which is always safe to restart from.
     */
    public int applyPending() {
        writing.lock();
        try {
            long from = currentHorizon();
            int[] total = {0};
            int[] uncommitted = {0};
            List<SearchOutboxStore.Entry> fresh = new ArrayList<>();
            long next = outbox.read(from, BATCH_SIZE, batch -> {
                List<SearchOutboxStore.Entry> unseen = batch.stream()
                        .filter(entry -> !appliedAboveHorizon.containsKey(entry.id()))
                        .toList();
                if (unseen.isEmpty()) {
                    return;
                }
                write(unseen);
                fresh.addAll(unseen);
                total[0] += unseen.size();
                uncommitted[0] += unseen.size();
                if (uncommitted[0] >= COMMIT_EVERY) {
                    commit(from);
                    uncommitted[0] = 0;
                }
            });
            if (total[0] > 0 || next != from) {
                // Record the new horizon when rows were written, or when rows applied earlier now fall below it (else a
                // restart would apply them again); an idle pass that merely moved past others' transactions does not
                // sync.
                if (total[0] > 0 || !appliedAboveHorizon.isEmpty()) {
                    commit(next);
                }
                fresh.forEach(entry -> appliedAboveHorizon.put(entry.id(), entry.txid()));
                appliedAboveHorizon.values().removeIf(txid -> txid < next);
                horizon = next;
            }
            maybePrune();
            return total[0];
        } finally {
            writing.unlock();
            synchronized (applied) {
                applied.notifyAll();
            }
        }
    }

    /** Once a minute: tell the other nodes how far this one has applied the log, and prune what all have passed. */
    private void maybePrune() {
        long now = System.nanoTime();
        if (lastPruned != 0 && now - lastPruned < PRUNE_EVERY.toNanos()) {
            return;
        }
        lastPruned = now;
        outbox.recordNode(index.nodeId(), index.committedHorizon());
        outbox.prune(nodeRetention);
    }

    /** Writes the current state of a batch's contributions into the index (not yet committed). */
    private void write(List<SearchOutboxStore.Entry> batch) {
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

    /** Makes the written changes searchable and durable, with the horizon from which a restart must read again. */
    private void commit(long horizonToRecord) {
        try {
            index.refresh();
            index.commit(horizonToRecord);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a snapshot taken now starts: a rebuild reading from now on sees every transaction below it. */
    long snapshotHorizon() {
        return outbox.currentXmin();
    }

    /** After a rebuild: the new index holds everything below its horizon, and the log is read again from there. */
    void restartFrom(long rebuiltHorizon) {
        appliedAboveHorizon.clear();
        horizon = rebuiltHorizon;
    }

    /**
     * Waits until this node has applied every change committed before the call: they are then searchable here. For
     * tests and benchmarks, which must not guess with a sleep.
     */
    public void awaitDrained(Duration timeout) throws TimeoutException {
        long target = outbox.currentXmax();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (horizon >= target) {
                    return;
                }
                if (!isRunning() && writing.tryLock()) {
                    // Nobody applies the log (a test stopped the updater, a command): apply it on this thread.
                    try {
                        applyPending();
                    } finally {
                        writing.unlock();
                    }
                    continue;
                }
                synchronized (applied) {
                    applied.wait(Math.max(1, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new TimeoutException("The search change log still holds " + pendingCount() + " changes after " + timeout);
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
