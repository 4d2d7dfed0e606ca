package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Actor;
import fr.convergences.project.measurement.MeasurementImportService;
import fr.convergences.project.measurement.MeasurementRowPolicy;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Measurements imported from CSV: errors by line and nothing changed on a bad file, provenance kept, re-import updates. */
class MeasurementImportIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final TestSql sql = new TestSql(platform);
    private final MeasurementImportService imports = platform.bean(MeasurementImportService.class);
    private ProjectFixture fixture;
    private String slug;
    private Indicator indicator;
    private Path file;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new ProjectFixture(platform);
        slug = fixture.council.council.slug();
        HealthProject project = platform.bean(ProjectService.class)
                .open(
                        fixture.admin,
                        fixture.councilId(),
                        "Projet importé",
                        "Un projet pour tester l’import des mesures.");
        indicator = platform.bean(IndicatorService.class)
                .define(
                        fixture.admin,
                        project.id(),
                        new IndicatorForm(
                                null,
                                "Passages aux urgences évitables",
                                "Passages pour 1 000 habitants.",
                                "‰",
                                "ATIH",
                                new BigDecimal("30"),
                                LocalDate.of(2023, 1, 1),
                                new BigDecimal("20"),
                                LocalDate.of(2030, 1, 1),
                                Frequency.YEARLY,
                                Direction.LOWER_IS_BETTER,
                                "ARS"));
        file = Files.createTempFile(TestPlatform.buildDirectory(), "mesures-", ".csv");
    }

    @AfterEach
    void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    private void write(String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private long rows() {
        return sql.count("SELECT count(*) FROM project_measurement WHERE indicator_id = ?", indicator.id());
    }

    @Test
    void a_file_with_errors_shows_each_with_its_line_and_changes_nothing() throws IOException {
        write("indicateur_id,date,commune_insee,valeur\n"
                + indicator.id() + ",2024-01-01,,28.5\n"
                + "999999999,2024-01-01,,28\n"
                + indicator.id() + ",31/02/2024,,28\n"
                + indicator.id() + ",2024-01-01,99999,28\n"
                + indicator.id() + ",2024-03-01,,beaucoup\n"
                + indicator.id() + ",01/01/2024,,27\n"
                + indicator.id() + "," + LocalDate.now().plusYears(1) + ",,27\n");

        MeasurementImportService.Preview preview = imports.preview(fixture.admin, slug, file);

        assertThat(preview.columnsComplete()).isTrue();
        assertThat(preview.rows()).isEqualTo(7);
        assertThat(preview.accepted()).isEqualTo(1);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.rejected())
                .extracting(
                        MeasurementRowPolicy.Outcome.Rejected::line, MeasurementRowPolicy.Outcome.Rejected::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "project.import.row.indicator"),
                        org.assertj.core.groups.Tuple.tuple(4L, "project.import.row.date"),
                        org.assertj.core.groups.Tuple.tuple(5L, "project.import.row.commune"),
                        org.assertj.core.groups.Tuple.tuple(6L, "project.import.row.value"),
                        org.assertj.core.groups.Tuple.tuple(7L, "project.import.row.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(8L, "project.import.row.future"));
        assertThatThrownBy(() -> imports.commit(fixture.admin, slug, file, "mesures.csv", "ATIH"))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "project.import.rejected");
        assertThat(rows()).isZero();
        assertThat(sql.count(
                        "SELECT count(*) FROM project_measurement_import WHERE file_name = 'mesures.csv' AND project_id = ?",
                        indicator.projectId()))
                .isZero();
    }

    @Test
    void
            a_french_spreadsheet_file_is_imported_with_its_provenance_and_importing_it_again_updates_instead_of_duplicating()
                    throws IOException {
        String commune = fixture.commune.inseeCode();
        write("\uFEFFindicateur;date;commune_insee;valeur\n"
                + "Passages aux urgences évitables;01/01/2024;;28,5\n"
                + "passages aux urgences évitables;01/01/2024;" + commune + ";31,25\n"
                + "Passages aux urgences évitables;2025-01-01;;26\n");

        MeasurementImportService.Report first =
                imports.commit(fixture.admin, slug, file, "C:\\Exports\\urgences-2024.csv", "ATIH, open data");

        assertThat(first.counts().created()).isEqualTo(3);
        assertThat(rows()).isEqualTo(3);
        assertThat(sql.column(
                        "SELECT provenance FROM project_measurement WHERE indicator_id = ? AND insee_code = ?",
                        indicator.id(),
                        commune))
                .containsExactly("ATIH, open data (urgences-2024.csv)");
        assertThat(sql.column(
                        "SELECT file_name || '|' || source || '|' || imported_by FROM project_measurement_import WHERE id = ?",
                        first.importId()))
                .containsExactly("urgences-2024.csv|ATIH, open data|" + fixture.admin.accountId());
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'project.measurement.import' AND subject_id = ?",
                        String.valueOf(first.importId())))
                .isEqualTo(1);

        write("indicateur;date;commune_insee;valeur\n"
                + "Passages aux urgences évitables;01/01/2024;;28,5\n"
                + "Passages aux urgences évitables;01/01/2024;" + commune + ";30\n"
                + "Passages aux urgences évitables;2025-01-01;;26.000\n");
        MeasurementImportService.Report again =
                imports.commit(fixture.admin, slug, file, "urgences-2024-corrige.csv", "ATIH, open data");

        assertThat(again.counts())
                .isEqualTo(new fr.convergences.project.measurement.MeasurementImportStore.Counts(0, 1, 2));
        assertThat(rows()).isEqualTo(3);
        assertThat(sql.column(
                        "SELECT value::text || '|' || import_id FROM project_measurement WHERE indicator_id = ? AND insee_code = ?",
                        indicator.id(),
                        commune))
                .containsExactly("30.000|" + again.importId());
        assertThat(imports.history(fixture.admin, slug)).hasSize(2).first().satisfies(past -> {
            assertThat(past.past().fileName()).isEqualTo("urgences-2024-corrige.csv");
            assertThat(past.importerName()).isNotBlank();
        });
    }

    @Test
    void a_file_without_the_needed_columns_or_a_source_is_refused_and_only_council_admins_may_import()
            throws IOException {
        write("nom,valeur\nx,1\n");
        assertThat(imports.preview(fixture.admin, slug, file).columnsComplete()).isFalse();
        assertThatThrownBy(() -> imports.commit(fixture.admin, slug, file, "x.csv", "Source"))
                .hasFieldOrPropertyWithValue("messageKey", "project.import.columns");
        write("indicateur_id,date,valeur\n" + indicator.id() + ",2024-01-01,1\n");
        assertThatThrownBy(() -> imports.commit(fixture.admin, slug, file, "x.csv", "  "))
                .hasFieldOrPropertyWithValue("messageKey", "project.import.source.required");

        Actor member = fixture.council.titulars.getFirst().actor();
        assertThat(imports.canImport(member, slug)).isFalse();
        assertThatThrownBy(() -> imports.commit(member, slug, file, "x.csv", "Source"))
                .isInstanceOf(fr.convergences.identity.AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview(Actor.ANONYMOUS, slug, file))
                .isInstanceOf(fr.convergences.identity.AccessDeniedException.class);
        assertThat(rows()).isZero();
    }
}
