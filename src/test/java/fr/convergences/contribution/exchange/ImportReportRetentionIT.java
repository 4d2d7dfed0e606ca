package fr.convergences.contribution.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.i18n.Messages;
import fr.convergences.identity.Actor;
import fr.convergences.identity.RetentionRule;
import fr.convergences.identity.profile.ProfileService;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The refused rows of an import quote the file (a title, the start of a text): they are erased a month after the
 * import, its counts staying, by one node at a time; the personal-data page states the rule.
 */
class ImportReportRetentionIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ContributionImportService imports = platform.bean(ContributionImportService.class);
    private final ImportReportRetention retention = platform.bean(ImportReportRetention.class);
    private final ImportFixtures fixtures = new ImportFixtures(platform);
    private final TestSql sql = new TestSql(platform);

    @Test
    void the_refused_rows_of_an_import_are_erased_thirty_days_after_it_and_its_counts_stay() {
        Instant now = Instant.now();
        long old = importWithTwoRefusedRows(now.minus(Duration.ofDays(31)));
        long recent = importWithTwoRefusedRows(now.minus(Duration.ofDays(29)));

        assertThat(retention.erase(now)).as("rows erased by this run").isGreaterThanOrEqualTo(2);

        assertThat(refusedRows(old)).as("a month after the import").isZero();
        assertThat(sql.count("SELECT rejected_count FROM contribution_import WHERE id = ?", old))
                .as("the count stays")
                .isEqualTo(2);
        assertThat(refusedRows(recent)).as("not yet thirty days old").isEqualTo(2);
        assertThat(sql.column(
                        "SELECT excerpt FROM contribution_import_rejection WHERE import_id = ? ORDER BY line", recent))
                .containsExactly("Une ligne refusée", "Un second refus");

        RetentionRule rule = platform.bean(ProfileService.class).retentionRules().stream()
                .filter(stated -> stated.messageKey().equals("exchange.retention.importReport"))
                .findFirst()
                .orElseThrow();
        assertThat(rule.days()).isEqualTo(30);
        assertThat(Messages.format(rule.messageKey(), Messages.FRENCH, rule.days()))
                .contains("30 jours après l’import");
        assertThat(Messages.format(rule.messageKey(), Messages.ENGLISH, rule.days()))
                .contains("30 days after the import");
    }

    @Test
    void a_node_that_finds_another_node_erasing_skips_its_run() throws Exception {
        Instant now = Instant.now();
        long old = importWithTwoRefusedRows(now.minus(Duration.ofDays(40)));
        DataSource raw = DelegatingDataSource.unwrapDataSource(platform.bean(DataSource.class));
        try (Connection otherNode = raw.getConnection();
                Statement statement = otherNode.createStatement()) {
            otherNode.setAutoCommit(false);
            // The lock the job takes, held as another node's run would hold it.
            statement.execute("SELECT pg_advisory_xact_lock(" + 0x52504F52 + ", 0)");
            assertThat(retention.erase(now))
                    .as("skipped while another node erases")
                    .isEqualTo(-1);
            assertThat(refusedRows(old)).isEqualTo(2);
            otherNode.rollback();
        }
        assertThat(retention.erase(now)).isGreaterThanOrEqualTo(2);
        assertThat(refusedRows(old)).isZero();
    }

    private long importWithTwoRefusedRows(Instant importedAt) {
        long council = new TestCouncils(platform).create().id();
        Actor admin = fixtures.councilAdmin(council);
        long consultation = fixtures.consultation(council, "Conservation " + UUID.randomUUID());
        String csv = "reference,titre,texte,type\n1,Un centre de santé,Ouvert le soir,besoin\n"
                + "2,Une ligne refusée,Texte,opinion\n3,Un second refus,Texte,opinion\n";
        ImportReport report;
        try (ImportFile file = fixtures.receive(admin, consultation, "refus.csv", csv)) {
            report = imports.commit(
                    admin,
                    consultation,
                    file,
                    imports.preview(admin, consultation, file, null).mapping(),
                    ImportProgress.NONE);
        }
        assertThat(report.rejectedCount()).isEqualTo(2);
        sql.update(
                "UPDATE contribution_import SET imported_at = ? WHERE id = ?",
                Timestamp.from(importedAt),
                report.importId());
        return report.importId();
    }

    private long refusedRows(long importId) {
        return sql.count("SELECT count(*) FROM contribution_import_rejection WHERE import_id = ?", importId);
    }
}
