package fr.convergences.motion.application;

import fr.convergences.identity.Actor;
import fr.convergences.motion.model.BallotChoice;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's application-level group commit (variant c): voters hand their casts to a few committer threads,
 * each of which takes every cast waiting (up to {@link #MAX_GROUP}), runs them one after the other in ONE transaction,
 * each behind its own savepoint, and commits once. Each voter is answered only after that commit, so an acknowledged
 * ballot is durable as on the usual path; a refused cast is rolled back to its savepoint and answered with its refusal,
 * its neighbours go on. A failed commit fails the whole group (none of them acknowledged).
 *
 * <p>In BallotService's package, beside the benchmark rather than in it, so that the cast inside a caller's transaction
 * stays package-private: no production caller should cast without the admission queue and its own transaction.
 */
public final class GroupCommitter implements AutoCloseable {

    public static final int MAX_GROUP = 64;

    private record Request(
            Actor actor,
            long sessionId,
            long seat,
            BallotChoice choice,
            CompletableFuture<BallotService.Cast> answer) {}

    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final BallotService ballots;
    private final TransactionOperations<Connection> transactions;
    private final List<Thread> committers = new ArrayList<>();
    private volatile boolean running = true;
    private long groups;
    private long grouped;

    public GroupCommitter(BallotService ballots, TransactionOperations<Connection> transactions, int committers) {
        this.ballots = ballots;
        this.transactions = transactions;
        for (int i = 0; i < committers; i++) {
            this.committers.add(
                    Thread.ofPlatform().daemon().name("group-committer-" + i).start(this::loop));
        }
    }

    /** Casts through a group and waits for its commit. */
    public BallotService.Cast cast(Actor actor, long sessionId, long seat, BallotChoice choice)
            throws InterruptedException {
        CompletableFuture<BallotService.Cast> answer = new CompletableFuture<>();
        queue.add(new Request(actor, sessionId, seat, choice, answer));
        try {
            return answer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public synchronized String meanGroup() {
        return groups == 0 ? "-" : String.format("%.1f", (double) grouped / groups);
    }

    private void loop() {
        while (running) {
            List<Request> group = new ArrayList<>();
            try {
                Request first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
            } catch (InterruptedException e) {
                return;
            }
            List<Object> outcomes = new ArrayList<>(group.size());
            try {
                transactions.executeWrite(status -> {
                    Connection connection = status.getConnection();
                    for (Request request : group) {
                        Savepoint savepoint = savepoint(connection);
                        try {
                            outcomes.add(ballots.castInOpenTransaction(
                                    request.actor(), request.sessionId(), request.seat(), request.choice()));
                            connection.releaseSavepoint(savepoint);
                        } catch (RuntimeException | SQLException refused) {
                            rollBack(connection, savepoint);
                            outcomes.add(refused);
                        }
                    }
                    return null;
                });
            } catch (RuntimeException failed) {
                group.forEach(request -> request.answer().completeExceptionally(failed));
                continue;
            }
            synchronized (this) {
                groups++;
                grouped += group.size();
            }
            // Only now, after the commit: each voter hears of their own cast.
            for (int i = 0; i < group.size(); i++) {
                Object outcome = outcomes.get(i);
                if (outcome instanceof BallotService.Cast cast) {
                    group.get(i).answer().complete(cast);
                } else {
                    group.get(i).answer().completeExceptionally((Throwable) outcome);
                }
            }
        }
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rollBack(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread committer : committers) {
            committer.join();
        }
    }
}
