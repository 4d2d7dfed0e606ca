package fr.convergences.motion.application;

import fr.convergences.base.CriticalThreads;
import fr.convergences.motion.infrastructure.BallotMixer;
import fr.convergences.motion.infrastructure.ChainSealer;
import fr.convergences.motion.infrastructure.VotingEvents;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voting machinery's own thread: it seals pending chain events in blocks (every 100 ms by default),
 * mixes pending secret ballots into their boxes in shuffled batches once enough are pending, and every second opens and closes the sessions whose set times have come and sends the convocations
 * that are due. At start, events left unsealed by a crash are sealed first.
 */
@Singleton
public class VotingBackground {

    private static final Logger LOG = LoggerFactory.getLogger(VotingBackground.class);

    /**
     * How often the pending pool is vacuumed while secret ballots are mixed (it was every second). Why 5 s:
     * <ul>
     * <li>Secrecy: a dead pool row holds a ciphertext that appears nowhere in the box, with its cast's transaction id.
     * Without the platform key it tells nothing; with the key, it tells what a live pending row tells during the
     * pending window (until k ballots are pending, possibly minutes in a quiet vote), so a dead row living at most
     * 5 s more than a mixed batch opens no window that the pending one does not already open, and in a rush it is gone
     * within seconds of its batch.</li>
     * <li>Cost, in a rush: each VACUUM commits (a WAL flush, the very resource the casts queue for), and when the
     * pool's last pages are empty it takes the pool's exclusive lock to truncate them, holding off the casts' inserts
     * meanwhile. Every 5 s is a fifth of that.</li>
     * <li>Size: the pool has no index on purpose, so the mixer reads it whole every 100 ms; at 1,000 casts a second,
     * 5 s leaves at most about 5,000 dead rows (a few hundred kB) between two vacuums, and reads prune pages on
     * the way.</li>
     * </ul>
     * The box has no dead rows while a vote runs (the mixer only inserts): it is vacuumed when a close empties it.
     */
    static final Duration POOL_VACUUM_INTERVAL = Duration.ofSeconds(5);

    private final ChainSealer sealer;
    private final BallotMixer mixer;
    private final VotingEvents events;
    private final VotingSessionService sessions;
    private final SittingService sittings;
    private final DataSource dataSource;
    private final Duration sealInterval;
    private final CriticalThreads criticalThreads;
    private @Nullable Thread thread;
    private volatile boolean running;

    public VotingBackground(
            ChainSealer sealer,
            BallotMixer mixer,
            VotingEvents events,
            VotingSessionService sessions,
            SittingService sittings,
            DataSource dataSource,
            @Value("${convergences.voting.seal-interval:100ms}") Duration sealInterval,
            CriticalThreads criticalThreads) {
        this.sealer = sealer;
        this.mixer = mixer;
        this.events = events;
        this.sessions = sessions;
        this.sittings = sittings;
        this.dataSource = dataSource;
        this.sealInterval = sealInterval;
        this.criticalThreads = criticalThreads;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        start();
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("voting-background").start(this::loop);
        criticalThreads.watch(thread);
    }

    @PreDestroy
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            criticalThreads.release(thread);
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private void loop() {
        long lastSchedule = 0;
        long lastPoolVacuum = System.nanoTime();
        boolean mixedSinceVacuum = false;
        while (running) {
            try {
                sealAll();
                if (mixDue() > 0) {
                    mixedSinceVacuum = true;
                }
                if (System.nanoTime() - lastSchedule > 1_000_000_000L) {
                    lastSchedule = System.nanoTime();
                    sessions.openDue();
                    sessions.closeDue();
                    sittings.sendDueConvocations();
                    if (sessions.takeVacuumWanted()) {
                        // A box emptied at close: at once, since its rows (and the pool's) are dead for good.
                        mixedSinceVacuum = false;
                        lastPoolVacuum = System.nanoTime();
                        vacuum("secret_ballot_box, secret_ballot_pool");
                    } else if (mixedSinceVacuum
                            && System.nanoTime() - lastPoolVacuum >= POOL_VACUUM_INTERVAL.toNanos()) {
                        mixedSinceVacuum = false;
                        lastPoolVacuum = System.nanoTime();
                        vacuum("secret_ballot_pool");
                    }
                }
                Thread.sleep(sealInterval);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Voting background work failed, retrying in 2 s: {}", e.getMessage(), e);
                try {
                    Thread.sleep(Duration.ofSeconds(2));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Seals every session's pending events; returns how many were sealed. */
    public int sealAll() {
        int sealed = 0;
        for (long session : sealer.pendingSessions()) {
            sealed += sealer.seal(session);
        }
        return sealed;
    }

    /** Mixes the pending secret ballots of every session that has at least k of them; returns how many moved. */
    public int mixDue() {
        int mixed = 0;
        for (long session : mixer.dueSessions()) {
            mixed += mixer.mixIfDue(session);
        }
        return mixed;
    }

    /**
     * Removes the dead rows of emptied ballot boxes, so that the sealed ballots (already unreadable once
     * their key is destroyed) do not linger in the table's pages either, and those of the pending pool, whose
     * dead rows still carry their cast's transaction id until vacuumed. VACUUM cannot run in a transaction.
     */
    private void vacuum(String tables) {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM " + tables);
        } catch (java.sql.SQLException e) {
            LOG.warn("Could not vacuum the ballot box: {}", e.getMessage());
        }
    }
}
