package fr.convergences.search;

import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.identity.Actor;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.TermQuery;

/**
 * Node A of {@link NodeKillIT}, in a JVM of its own: the platform on the test's PostgreSQL with its own data directory
 * (its own index). In {@code submit} mode, two threads submit contributions through {@link ContributionService#submit}
 * and print {@code ACK <id>} once each call has returned (committed), until the process is SIGKILLed. In
 * {@code catch-up} mode it prints {@code CAUGHT-UP} once its index holds every change of the log, then answers each
 * {@code CHECK id,id,...} line with {@code MISSING <n>}, the number of those contributions its index lacks, and stops
 * at {@code STOP}.
 */
public final class NodeKillChild {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        ApplicationContext context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "micronaut.server.port", -1,
                        "micronaut.server.host", "127.0.0.1",
                        "convergences.data-dir", args[1],
                        "datasources.default.url", args[2],
                        "datasources.default.username", args[3],
                        "datasources.default.password", args[4]))
                .start();
        context.getBean(EmbeddedServer.class).start();
        if (mode.equals("submit")) {
            submitUntilKilled(context, Long.parseLong(args[5]), Long.parseLong(args[6]));
            return;
        }
        context.getBean(IndexUpdater.class).awaitDrained(Duration.ofMinutes(1));
        say("CAUGHT-UP");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.equals("STOP")) {
            if (line.startsWith("CHECK ")) {
                context.getBean(IndexUpdater.class).awaitDrained(Duration.ofMinutes(1));
                long missing = 0;
                try (SearchIndex.Lease lease =
                        context.getBean(SearchIndex.class).acquire()) {
                    for (long id : Arrays.stream(line.substring(6).split(","))
                            .filter(s -> !s.isBlank())
                            .mapToLong(Long::parseLong)
                            .toArray()) {
                        if (lease.searcher().count(new TermQuery(ContributionDocument.idTerm(id))) != 1) {
                            missing++;
                        }
                    }
                }
                say("MISSING " + missing);
            }
        }
        context.close();
        System.exit(0);
    }

    private static void submitUntilKilled(ApplicationContext context, long consultation, long author) {
        ContributionService contributions = context.getBean(ContributionService.class);
        Actor resident = Actor.account(author);
        say("READY");
        for (int t = 0; t < 2; t++) {
            int writer = t;
            Thread.ofPlatform().name("node-a-submitter-" + t).start(() -> {
                for (int n = 0; ; n++) {
                    long id = contributions
                            .submit(
                                    resident,
                                    consultation,
                                    new ContributionForm(
                                            ContributionKind.NEED,
                                            "Nœud A " + writer + "-" + n + " : une maison de santé",
                                            "Écrit par le nœud A, tué en cours de route.",
                                            Set.of(),
                                            null))
                            .id();
                    say("ACK " + id);
                }
            });
        }
    }

    private static void say(String line) {
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }
}
