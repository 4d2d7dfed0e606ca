package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.motion.application.SessionVerifier;
import fr.convergences.motion.application.VotingBackground;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.testing.TestPlatform;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The crash test: a child JVM runs the platform (embedded PostgreSQL with fsync and synchronous_commit on)
 * under a load of concurrent ballots and is killed with SIGKILL at a random point, twice. After the
 * restart, every ballot whose cast was acknowledged is present, none is duplicated, the unsealed events
 * are sealed, and both sessions close and verify.
 */
@Tag("crash")
class VotingCrashIT {

    @Test
    void every_acknowledged_ballot_survives_a_sigkill_once_and_the_chain_verifies() throws Exception {
        Path data = TestPlatform.newDataDirectory();
        Random random = new Random();
        Set<Long> rollCall = new HashSet<>();
        Set<Long> secret = new HashSet<>();
        for (int round = 0; round < 2; round++) {
            int killAfter = 40 + random.nextInt(200);
            Process child = new ProcessBuilder(
                            ProcessHandle.current().info().command().orElse("java"),
                            "-Xmx512m",
                            // The child lives for seconds: C1 alone starts it sooner on two cores (as SearchCrashIT's
                            // children)
                            "-XX:TieredStopAtLevel=1",
                            "-Xshare:auto",
                            "-cp",
                            System.getProperty("java.class.path"),
                            VotingCrashChild.class.getName(),
                            data.toString())
                    .redirectErrorStream(true)
                    .start();
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream()));
            int acknowledged = 0;
            boolean ready = false;
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("READY")) {
                    ready = true;
                } else if (line.startsWith("ACK R ")) {
                    rollCall.add(Long.parseLong(line.substring(6).trim()));
                    acknowledged++;
                } else if (line.startsWith("ACK S ")) {
                    secret.add(Long.parseLong(line.substring(6).trim()));
                    acknowledged++;
                } else if (!ready) {
                    seen.append(line).append('\n');
                }
                if (acknowledged >= killAfter || line.startsWith("DONE")) {
                    break;
                }
            }
            assertThat(ready).as("the child started:\n" + seen).isTrue();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean stop of anything
            child.waitFor(30, TimeUnit.SECONDS);
        }

        ApplicationContext context = VotingCrashChild.start(data);
        try {
            List<String> setup = Files.readAllLines(data.resolve("crash-setup.txt"));
            long rollCallSession = Long.parseLong(setup.get(0).split(" ")[1]);
            long secretSession = Long.parseLong(setup.get(1).split(" ")[1]);
            Actor admin = Actor.account(Long.parseLong(setup.get(2).split(" ")[1]));
            context.getBean(VotingBackground.class).sealAll();
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            assertThat(longs(
                            dataSource,
                            "SELECT seat_mandate_id FROM roll_call_ballot WHERE session_id = " + rollCallSession))
                    .as("every acknowledged roll-call ballot is stored")
                    .containsAll(rollCall);
            assertThat(longs(
                            dataSource,
                            "SELECT seat_mandate_id FROM secret_register WHERE session_id = " + secretSession))
                    .as("every acknowledged secret ballot is registered")
                    .containsAll(secret);
            for (long session : List.of(rollCallSession, secretSession)) {
                assertThat(longs(
                                dataSource,
                                "SELECT count(*) FROM voting_event WHERE session_id = " + session + " AND seq IS NULL"))
                        .containsExactly(0L);
                assertThat(longs(
                                dataSource,
                                "SELECT count(*) - count(DISTINCT payload::json->>'seat') FROM voting_event WHERE session_id = "
                                        + session + " AND kind = 'CAST'"))
                        .as("no seat has two casts")
                        .containsExactly(0L);
            }
            assertThat(longs(
                            dataSource,
                            "SELECT (SELECT count(*) FROM secret_register WHERE session_id = " + secretSession
                                    + ") - (SELECT count(*) FROM secret_ballot_box WHERE session_id = " + secretSession
                                    + ") - (SELECT count(*) FROM secret_ballot_pool WHERE session_id = " + secretSession
                                    + ")"))
                    .as("every registered ballot is in the box or still pending")
                    .containsExactly(0L);
            VotingSessionService sessions = context.getBean(VotingSessionService.class);
            SessionVerifier verifier = context.getBean(SessionVerifier.class);
            for (long session : List.of(rollCallSession, secretSession)) {
                var closed = sessions.close(admin, session);
                assertThat(verifier.verify(session, closed.publishedHead()).problems())
                        .isEmpty();
                assertThat(sessions.result(session).tally().ballots())
                        .isGreaterThanOrEqualTo(session == rollCallSession ? rollCall.size() : secret.size());
            }
        } finally {
            context.close();
        }
    }

    private static List<Long> longs(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }
}
