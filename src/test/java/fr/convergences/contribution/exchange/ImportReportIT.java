package fr.convergences.contribution.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The report of an import keeps its rejected rows in the database, not in the page's memory: the report holds the
 * first {@link ImportReport#KEPT}, and the full report is streamed, for the import's admins only.
 */
class ImportReportIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ContributionImportService imports = platform.bean(ContributionImportService.class);
    private final ImportFixtures fixtures = new ImportFixtures(platform);
    private final TestSql sql = new TestSql(platform);

    @Test
    void
            a_hundred_thousand_rejected_rows_leave_two_hundred_in_memory_and_the_whole_report_is_streamed_to_the_admins_only() {
        long council = new TestCouncils(platform).create().id();
        Actor admin = fixtures.councilAdmin(council);
        long consultation = fixtures.consultation(council, "Rapport " + UUID.randomUUID());
        int rejectedRows = 100_000;
        // One valid row (an import that saves nothing is refused), then rows of a kind the platform does not know.
        StringBuilder csv = new StringBuilder(rejectedRows * 50)
                .append("reference,titre,texte,type\n1,Un centre de santé,Ouvert le soir,besoin\n");
        for (int i = 2; i <= rejectedRows + 1; i++) {
            csv.append(i)
                    .append(",Titre ")
                    .append(i)
                    .append(",Texte numéro ")
                    .append(i)
                    .append(",opinion\n");
        }
        ImportReport report;
        try (ImportFile file = fixtures.receive(admin, consultation, "cent-mille-refus.csv", csv.toString())) {
            csv.setLength(0);
            csv.trimToSize();
            report = imports.commit(
                    admin,
                    consultation,
                    file,
                    imports.preview(admin, consultation, file, null).mapping(),
                    ImportProgress.NONE);
        }

        assertThat(report.acceptedCount()).isEqualTo(1);
        assertThat(report.rejectedCount()).isEqualTo(rejectedRows);
        assertThat(report.rejected())
                .as("rejected rows retained in memory by the report")
                .hasSize(ImportReport.KEPT)
                .extracting(RejectedRow::line)
                .startsWith(3L, 4L);
        assertThat(sql.count("SELECT rejected_count FROM contribution_import WHERE id = ?", report.importId()))
                .isEqualTo(rejectedRows);

        long[] streamed = new long[1];
        long[] lastLine = new long[1];
        RejectedRow[] first = new RejectedRow[1];
        long counted = imports.eachRejectedRow(admin, report.importId(), row -> {
            if (first[0] == null) {
                first[0] = row;
            }
            assertThat(row.line()).as("in line order").isGreaterThan(lastLine[0]);
            lastLine[0] = row.line();
            streamed[0]++;
        });
        assertThat(counted).isEqualTo(rejectedRows);
        assertThat(streamed[0]).isEqualTo(rejectedRows);
        assertThat(lastLine[0]).isEqualTo(rejectedRows + 2L);
        RejectedRow kept = report.rejected().getFirst();
        assertThat(first[0])
                .as("the reason and its arguments come back as they were")
                .extracting(
                        RejectedRow::line,
                        RejectedRow::reasonKey,
                        RejectedRow::excerpt,
                        row -> row.arguments().toString())
                .containsExactly(
                        kept.line(),
                        kept.reasonKey(),
                        kept.excerpt(),
                        kept.arguments().toString());

        // The CSV is written as the rows are read: counted on the way out, never gathered.
        long[] newlines = new long[1];
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                if (b == '\n') {
                    newlines[0]++;
                }
            }
        };
        ImportReportCsv.write(
                sink -> imports.eachRejectedRow(admin, report.importId(), sink),
                row -> row.reasonKey(),
                List.of("ligne", "motif", "extrait"),
                counting);
        assertThat(newlines[0]).as("header and every rejected row").isEqualTo(rejectedRows + 1L);

        Actor stranger = TestAccounts.actor(new TestAccounts(platform).create("Curieux"));
        assertThatThrownBy(() -> imports.eachRejectedRow(stranger, report.importId(), row -> {}))
                .isInstanceOf(AccessDeniedException.class);
    }
}
