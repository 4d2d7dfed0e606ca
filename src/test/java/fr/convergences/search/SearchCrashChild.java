package fr.convergences.search;

import fr.convergences.base.demo.DemoMode;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Actor;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Run in a child JVM by {@link SearchCrashIT}: the whole platform (embedded PostgreSQL, index, web server, demo
 * data) on a data directory. In {@code submit} mode, two threads submit contributions through
 * {@link ContributionService#submit} as the demo resident and print {@code ACK <id>} once each call has returned,
 * that is once its transaction has committed, until the process is killed. In {@code verify} mode, the platform
 * starts (replaying the outbox), prints {@code DRAINED} once every change is in the index, and stops cleanly
 * when it reads {@code STOP}.
 */
public final class SearchCrashChild {

    static final String DEMO_CONSULTATION = "Diagnostic territorial de santé de l’Essonne";
    static final String DEMO_RESIDENT = "habitant@demo.convergences.fr";

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String mode = args[1];
        long seed = Long.parseLong(args[2]);
        ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of(
                        "micronaut.server.port",
                        -1,
                        "micronaut.server.host",
                        "127.0.0.1",
                        "convergences.data-dir",
                        data.toString(),
                        // Polled often, so that kills land inside index writes as well as between them.
                        "convergences.search.poll-interval",
                        "100ms",
                        // Thousands of contributions by one resident: far past the rate limit, which is not what is
                        // tested here.
                        "convergences.rate-limit.enabled",
                        false,
                        DemoMode.PROPERTY,
                        true))
                .start();
        context.getBean(EmbeddedServer.class).start();
        if (mode.equals("verify")) {
            context.getBean(IndexUpdater.class).awaitDrained(Duration.ofMinutes(2));
            System.out.println("DRAINED " + context.getBean(SearchIndex.class).documentCount());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
            String line;
            while ((line = in.readLine()) != null && !line.equals("STOP")) {
                // wait for the test's word
            }
            context.close();
            System.exit(0);
        }
        submitUntilKilled(context, seed);
    }

    private static void submitUntilKilled(ApplicationContext context, long seed) {
        long consultation = context.getBean(ConsultationService.class).all().stream()
                .filter(candidate -> candidate.title().equals(DEMO_CONSULTATION))
                .map(Consultation::id)
                .findFirst()
                .orElseThrow();
        Actor resident = Actor.account(context.getBean(AccountRepository.class)
                .findByEmailIgnoringCase(DEMO_RESIDENT)
                .orElseThrow()
                .id());
        ContributionService contributions = context.getBean(ContributionService.class);
        List<CorpusContributions.Proposal> proposals = CorpusContributions.read(2_000);
        System.out.println("READY");
        System.out.flush();
        for (int t = 0; t < 2; t++) {
            Random random = new Random(seed * 31 + t);
            int writer = t;
            Thread.ofPlatform().name("crash-submitter-" + t).start(() -> {
                for (int n = 0; ; n++) {
                    CorpusContributions.Proposal proposal = proposals.get(random.nextInt(proposals.size()));
                    String title = "Crash " + seed + "-" + writer + "-" + n + " " + proposal.title();
                    long id = contributions
                            .submit(
                                    resident,
                                    consultation,
                                    new ContributionForm(
                                            ContributionKind.values()[n % 3],
                                            title.length() > 100 ? title.substring(0, 100) : title,
                                            proposal.text(),
                                            Set.of(),
                                            null))
                            .id();
                    synchronized (System.out) {
                        System.out.println("ACK " + id);
                        System.out.flush();
                    }
                }
            });
        }
    }
}
