package fr.convergences.motion;

import fr.convergences.base.UserFacingException;
import fr.convergences.base.database.Sql;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Run in a child JVM by {@link VotingCrashIT}: the whole platform on a data directory, casting ballots from
 * 32 threads on a roll-call and a secret session, printing {@code ACK R|S <seat>} once each cast has
 * committed, until the test kills it (SIGKILL). The first run creates the electorate and the sessions.
 */
public final class VotingCrashChild {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        ApplicationContext context = start(data);
        Path setup = data.resolve("crash-setup.txt");
        if (!Files.exists(setup)) {
            LargeElectorate electorate = new LargeElectorate(context, 400);
            MotionService motions = context.getBean(MotionService.class);
            VotingSessionService sessions = context.getBean(VotingSessionService.class);
            List<String> lines = new ArrayList<>();
            for (BallotKind kind : List.of(BallotKind.ROLL_CALL, BallotKind.SECRET)) {
                long motion = motions.publish(
                                electorate.admin,
                                motions.draft(
                                                electorate.admin,
                                                electorate.councilId,
                                                new MotionForm(
                                                        null,
                                                        MotionKind.AVIS,
                                                        "Vote sous charge " + kind,
                                                        "Texte",
                                                        "Motifs",
                                                        List.of(),
                                                        List.of(),
                                                        Set.of(),
                                                        Set.of()))
                                        .id())
                        .id();
                long session = sessions.open(
                                electorate.admin,
                                sessions.plan(
                                                electorate.admin,
                                                motion,
                                                SessionForm.online(kind, VotingMethod.FOR_AGAINST, null))
                                        .id())
                        .id();
                lines.add(kind.name() + " " + session);
            }
            lines.add("ADMIN " + electorate.admin.accountId());
            electorate.voters.forEach(voter -> lines.add("VOTER " + voter.seat() + " " + voter.account()));
            Files.write(data.resolve("crash-setup.tmp"), lines);
            Files.move(data.resolve("crash-setup.tmp"), setup);
        }
        Map<String, Long> sessions = new java.util.HashMap<>();
        List<long[]> voters = new ArrayList<>();
        for (String line : Files.readAllLines(setup)) {
            String[] parts = line.split(" ");
            switch (parts[0]) {
                case "VOTER" -> voters.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                case "ADMIN" -> {}
                default -> sessions.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        List<Object[]> work = new ArrayList<>();
        Sql sql = context.getBean(Sql.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<java.sql.Connection> transactions = context.getBean(TransactionOperations.class);
        List<Long> rollCallDone = transactions.executeRead(status -> sql.list(
                "SELECT seat_mandate_id FROM roll_call_ballot WHERE session_id = ?",
                row -> row.getLong(1),
                sessions.get("ROLL_CALL")));
        List<Long> secretDone = transactions.executeRead(status -> sql.list(
                "SELECT seat_mandate_id FROM secret_register WHERE session_id = ?",
                row -> row.getLong(1),
                sessions.get("SECRET")));
        for (long[] voter : voters) {
            if (!rollCallDone.contains(voter[0])) {
                work.add(new Object[] {"R", sessions.get("ROLL_CALL"), voter});
            }
            if (!secretDone.contains(voter[0])) {
                work.add(new Object[] {"S", sessions.get("SECRET"), voter});
            }
        }
        Collections.shuffle(work);
        System.out.println("READY " + work.size());
        System.out.flush();
        BallotService ballots = context.getBean(BallotService.class);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        for (Object[] task : work) {
            pool.submit(() -> {
                long[] voter = (long[]) task[2];
                try {
                    ballots.cast(
                            fr.convergences.identity.Actor.account(voter[1]),
                            (Long) task[1],
                            voter[0],
                            new BallotChoice.ForAgainst(voter[0] % 2 == 0 ? Vote.FOR : Vote.AGAINST));
                    acknowledge(task[0] + " " + voter[0]);
                } catch (UserFacingException refused) {
                    acknowledge("REFUSED " + task[0] + " " + voter[0] + " " + refused.messageKey());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        System.out.println("DONE");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static synchronized void acknowledge(String line) {
        System.out.println("ACK " + line);
        System.out.flush();
    }

    /** The platform as the tests start it, on the given data directory, without demo data. */
    static ApplicationContext start(Path data) {
        ApplicationContext context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "micronaut.server.port",
                        -1,
                        "micronaut.server.host",
                        "127.0.0.1",
                        "convergences.data-dir",
                        data.toString(),
                        "convergences.mail.mode",
                        "log"))
                .start();
        context.getBean(EmbeddedServer.class).start();
        return context;
    }

    private VotingCrashChild() {}
}
