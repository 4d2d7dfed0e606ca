package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.contribution.demo.ContributionDemoData;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.testing.Benchmark;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Server time of a consultation's page at 10,000 contributions (500 at smoke size): everything the
 * page asks the services for (consultation, figures, filters, one page of the list), per list
 * variant, against the first version's approach (all contributions loaded, then filtered in Java),
 * measured side by side in interleaved rounds.
 */
@Tag("benchmark")
class ConsultationPageBenchmark {

    private static final int ROUNDS = 5;

    @Test
    void consultation_page_server_time_per_view() throws SQLException {
        TestPlatform platform = TestPlatform.shared();
        int size = Benchmark.size(500, 10_000);
        long council = new TestCouncils(platform).create().id();
        Account adminAccount = new TestAccounts(platform).create("Admin");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, adminAccount.id(), council, CouncilRole.COUNCIL_ADMIN));
        Actor admin = TestAccounts.actor(adminAccount);
        ConsultationService consultations = platform.bean(ConsultationService.class);
        long consultation = consultations
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                "Benchmark",
                                "Question ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(10)))))
                .id();
        List<Long> themes = consultations.details(consultation).themes().stream()
                .map(theme -> theme.id())
                .toList();
        long inserted = fill(platform, consultation, size, themes, adminAccount.id());
        assertThat(inserted).isEqualTo(size);

        ContributionListStore browser = platform.bean(ContributionListStore.class);
        ContributionService contributions = platform.bean(ContributionService.class);
        AnswerService answers = platform.bean(AnswerService.class);
        Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
        variants.put("newest, page 1", () -> view(platform, consultation, ContributionQuery.newest(consultation)));
        variants.put(
                "most supported",
                () -> view(
                        platform,
                        consultation,
                        query(consultation, ContributionQuery.Sort.MOST_SUPPORTED, null, false, null, 1)));
        variants.put(
                "most discussed",
                () -> view(
                        platform,
                        consultation,
                        query(consultation, ContributionQuery.Sort.MOST_DISCUSSED, null, false, null, 1)));
        variants.put(
                "theme filter",
                () -> view(
                        platform,
                        consultation,
                        query(consultation, ContributionQuery.Sort.NEWEST, themes.get(2), false, null, 1)));
        variants.put(
                "not answered yet",
                () -> view(
                        platform,
                        consultation,
                        query(consultation, ContributionQuery.Sort.NEWEST, null, true, null, 1)));
        variants.put(
                "commune filter",
                () -> view(
                        platform,
                        consultation,
                        query(consultation, ContributionQuery.Sort.NEWEST, null, false, "91228", 1)));
        variants.put(
                "last page",
                () -> view(
                        platform,
                        consultation,
                        query(consultation, ContributionQuery.Sort.NEWEST, null, false, null, size / 20)));
        // Its parts, to see where the time goes.
        variants.put("part: consultation details", () -> consultations.details(consultation));
        variants.put(
                "part: figures (origins, answered)",
                () -> browser.countByOrigin(consultation).size() + answers.answeredCount(consultation));
        variants.put("part: communes of the filter", () -> browser.communes(consultation));
        variants.put("part: one page of the list", () -> browser.browse(ContributionQuery.newest(consultation)));
        // The first version's page: every published contribution read, counted and listed.
        variants.put("first version (all loaded)", () -> {
            consultations.details(consultation);
            answers.answeredCount(consultation);
            return contributions.published(consultation).size();
        });
        int iterations = Benchmark.size(20, 60);
        Map<String, long[]> timings = new LinkedHashMap<>();
        variants.keySet().forEach(name -> timings.put(name, new long[iterations * ROUNDS]));
        for (int round = 0; round < ROUNDS + 1; round++) {
            for (Map.Entry<String, Supplier<Object>> variant : variants.entrySet()) {
                for (int i = 0; i < iterations; i++) {
                    long start = System.nanoTime();
                    variant.getValue().get();
                    long elapsed = System.nanoTime() - start;
                    if (round > 0) { // the first round warms up
                        timings.get(variant.getKey())[(round - 1) * iterations + i] = elapsed;
                    }
                }
            }
        }
        ContributionSlice first = browser.browse(ContributionQuery.newest(consultation));
        assertThat(first.total()).isEqualTo(size);
        assertThat(first.items()).hasSize(20);
        StringBuilder table = new StringBuilder(
                "Contributions in the consultation: " + size + "; " + iterations * ROUNDS
                        + " views per variant, interleaved.\n\n| variant | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|\n");
        timings.forEach((name, nanos) -> table.append(String.format(
                "| %s | %.2f | %.2f | %.2f |%n",
                name,
                Benchmark.percentileMillis(nanos, 50),
                Benchmark.percentileMillis(nanos, 95),
                Benchmark.percentileMillis(nanos, 99))));
        Benchmark.report("ConsultationPageBenchmark", table.toString());
    }

    /** Everything ConsultationPage asks the services for, for an anonymous visitor. */
    private static Object view(TestPlatform platform, long consultation, ContributionQuery query) {
        platform.bean(ConsultationService.class).details(consultation);
        ContributionListStore browser = platform.bean(ContributionListStore.class);
        browser.countByOrigin(consultation);
        platform.bean(AnswerService.class).answeredCount(consultation);
        browser.communes(consultation);
        return browser.browse(query);
    }

    private static ContributionQuery query(
            long consultation, ContributionQuery.Sort sort, Long theme, boolean unanswered, String commune, int page) {
        return new ContributionQuery(consultation, sort, theme, null, null, unanswered, commune, null, page);
    }

    /** Inserts contributions with realistic spread: texts of the corpus, communes, themes, counters and some answers. */
    private static long fill(TestPlatform platform, long consultation, int size, List<Long> themes, long adminId)
            throws SQLException {
        List<String> texts = ContributionDemoData.healthProposals();
        List<String> communes = List.of("91228", "91174", "91377", "91477", "91223", "91589");
        Random random = new Random(42);
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(platform.bean(DataSource.class));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO contribution (consultation_id, kind, title, body, commune_insee, status, created_at, published_at, origin,
                                              support_count, comment_count)
                    VALUES (?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?)""")) {
                Instant now = Instant.now();
                for (int i = 0; i < size; i++) {
                    String text = texts.get(i % texts.size());
                    Timestamp when = Timestamp.from(now.minusSeconds(random.nextInt(60 * 24 * 3600)));
                    insert.setLong(1, consultation);
                    insert.setString(2, i % 5 == 0 ? "NEED" : "PROPOSAL");
                    insert.setString(3, ContributionDemoData.title(text));
                    insert.setString(4, text);
                    insert.setString(5, communes.get(random.nextInt(communes.size())));
                    insert.setTimestamp(6, when);
                    insert.setTimestamp(7, when);
                    insert.setString(8, i % 7 == 0 ? "MEDIATED" : "ONLINE");
                    insert.setInt(9, (int) (Math.pow(random.nextDouble(), 4) * 200));
                    insert.setInt(10, (int) (Math.pow(random.nextDouble(), 4) * 30));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO contribution_theme (contribution_id, theme_id)
                    SELECT id, (ARRAY[?, ?, ?, ?])[1 + id % 4] FROM contribution WHERE consultation_id = ? AND id % 3 = 0""")) {
                for (int k = 0; k < 4; k++) {
                    statement.setLong(k + 1, themes.get(k));
                }
                statement.setLong(5, consultation);
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO contribution_answer (contribution_id, status, text, answered_by, answered_at)
                    SELECT id, 'UNDER_STUDY', 'À l’étude.', ?, now() FROM contribution WHERE consultation_id = ? AND id % 5 = 0""")) {
                statement.setLong(1, adminId);
                statement.setLong(2, consultation);
                statement.executeUpdate();
            }
            connection.commit();
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE contribution; ANALYZE contribution_theme; ANALYZE contribution_answer");
            }
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT count(*) FROM contribution WHERE consultation_id = ?")) {
                count.setLong(1, consultation);
                try (var rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }
    }
}
