package fr.convergences.contribution.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContributionImportIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ContributionImportService imports = platform.bean(ContributionImportService.class);
    private final ImportFixtures fixtures = new ImportFixtures(platform);
    private final TestSql sql = new TestSql(platform);
    private long council;
    private Actor admin;
    private long consultation;

    @BeforeEach
    void setUp() {
        council = new TestCouncils(platform).create().id();
        admin = fixtures.councilAdmin(council);
        consultation = fixtures.consultation(council, "Import " + UUID.randomUUID());
    }

    private ImportReport importAll(String name, String content) {
        try (ImportFile file = fixtures.receive(admin, consultation, name, content)) {
            ImportPreview preview = imports.preview(admin, consultation, file, null);
            return imports.commit(admin, consultation, file, preview.mapping(), ImportProgress.NONE);
        }
    }

    private long saved() {
        return sql.count("SELECT count(*) FROM contribution WHERE consultation_id = ?", consultation);
    }

    private long imports() {
        return sql.count("SELECT count(*) FROM contribution_import WHERE consultation_id = ?", consultation);
    }

    private void assertNothingSaved() {
        assertThat(saved()).as("contributions").isZero();
        assertThat(imports()).as("imports").isZero();
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE council_id = ? AND action = 'contribution.import'",
                        council))
                .isZero();
    }

    @Test
    void a_recent_decidim_export_is_imported_with_its_origin_and_without_its_authors() {
        String csv = """
                id;category/id;category/name/fr;scope/id;scope/name/fr;title/fr;body/fr;supports;comments;published_at;url;author/name
                101;4;Santé mentale;7;Nord Essonne;Un CMP ouvert le samedi;"Le CMP d’Évry ferme le vendredi ; les familles attendent.";42;3;2021-03-04 10:11:12 UTC;https://decidim.example/processes/cts/f/1/proposals/101;Jeanne Dupont
                102;5;prevention;;91228;Dépistage itinérant;Un bus de dépistage dans les villages.;7;0;2021-03-05 09:00:00 UTC;https://decidim.example/processes/cts/f/1/proposals/102;Paul Martin
                103;6;Astrologie;;;Horoscope santé;Un horoscope dans le journal.;1;0;2021-03-06 09:00:00 UTC;https://decidim.example/processes/cts/f/1/proposals/103;Paul Martin
                """;

        ImportReport report = importAll("decidim-0.27-proposals.csv", csv);

        assertThat(report.acceptedCount()).isEqualTo(3);
        assertThat(report.rejected())
                .as("a category the consultation does not know refuses nothing")
                .isEmpty();
        assertThat(report.notes()).containsEntry("exchange.note.categoryWithoutTheme", 1L);
        assertThat(sql.column("""
                SELECT c.title || '|' || c.origin || '|' || c.status || '|' || coalesce(c.author_account_id::text, 'none') || '|'
                       || coalesce(c.commune_insee, '-') || '|' || s.external_id || '|' || s.original_supports || '|' || s.original_comments
                       || '|' || coalesce(s.original_scope, '-') || '|' || s.original_category || '|' || s.source_origin
                FROM contribution c JOIN contribution_source s ON s.contribution_id = c.id WHERE c.consultation_id = ? ORDER BY s.external_id""", consultation))
                .containsExactly(
                        "Un CMP ouvert le samedi|IMPORTED|PUBLISHED|none|-|101|42|3|Nord Essonne|Santé mentale|decidim.example",
                        "Dépistage itinérant|IMPORTED|PUBLISHED|none|91228|102|7|0|91228|prevention|decidim.example",
                        "Horoscope santé|IMPORTED|PUBLISHED|none|-|103|1|0|-|Astrologie|decidim.example");
        assertThat(sql.column(
                        "SELECT published_at = timestamptz '2021-03-04 10:11:12+00' AND created_at > now() - interval '1 hour' "
                                + "FROM contribution WHERE consultation_id = ? AND title = 'Un CMP ouvert le samedi'",
                        consultation))
                .containsExactly(true);
        assertThat(sql.column("""
                SELECT t.name FROM contribution_theme ct JOIN theme t ON t.id = ct.theme_id JOIN contribution c ON c.id = ct.contribution_id
                WHERE c.consultation_id = ? ORDER BY t.name""", consultation)).containsExactly("Prévention", "Santé mentale");
        assertThat(sql.count(
                        "SELECT count(*) FROM contribution WHERE consultation_id = ? AND (title || body) LIKE '%Dupont%'",
                        consultation))
                .isZero();
        assertThat(sql.column(
                        "SELECT accepted_count || '/' || rejected_count || ' ' || file_name || ' ' || format FROM contribution_import WHERE id = ?",
                        report.importId()))
                .containsExactly("3/0 decidim-0.27-proposals.csv CSV");
        assertThat(sql.column(
                        "SELECT after_json FROM audit_entry WHERE council_id = ? AND action = 'contribution.import'",
                        council))
                .singleElement()
                .asString()
                .contains("\"accepted\":3", "\"rejected\":0", "decidim-0.27-proposals.csv");
    }

    @Test
    void an_older_decidim_export_with_other_header_names_and_multiline_cells_is_recognised() {
        String csv = """
                id,title,body,votes,created_at,category/name/fr,comments,url\r
                7,Plus de médecins,"Trois lignes :\r
                - un médecin traitant, enfin\r
                - des gardes",12,2020-11-02T08:00:00Z,Accès aux soins de premier recours,1,https://decidim.example/7\r
                8,"=HYPERLINK(""http://evil.example"")",Texte,0,2020-11-03,,0,\r
                """;

        try (ImportFile file = fixtures.receive(admin, consultation, "decidim-0.23.csv", csv)) {
            ImportPreview preview = imports.preview(admin, consultation, file, null);

            assertThat(preview.format()).isEqualTo(ImportFormat.CSV);
            assertThat(preview.mapping().columns())
                    .containsEntry(ImportField.TITLE, "title")
                    .containsEntry(ImportField.BODY, "body")
                    .containsEntry(ImportField.SUPPORTS, "votes")
                    .containsEntry(ImportField.DATE, "created_at");
            assertThat(preview.rowCount()).isEqualTo(2);
            assertThat(preview.acceptedCount()).isEqualTo(2);
            assertThat(saved()).as("the preview saves nothing").isZero();
            ImportReport report = imports.commit(admin, consultation, file, preview.mapping(), ImportProgress.NONE);
            assertThat(report.acceptedCount()).isEqualTo(2);
        }
        assertThat(sql.column(
                        "SELECT body FROM contribution WHERE consultation_id = ? AND title = 'Plus de médecins'",
                        consultation))
                .as("line breaks made plain, as for every text input")
                .containsExactly("Trois lignes :\n- un médecin traitant, enfin\n- des gardes");
        assertThat(sql.column("SELECT title FROM contribution WHERE consultation_id = ? ORDER BY id", consultation))
                .contains("=HYPERLINK(\"http://evil.example\")");
    }

    @Test
    void json_lines_are_imported_and_a_line_that_is_not_json_is_rejected_with_its_line() {
        String jsonl = """
                {"id": 1, "title": {"fr": "Un besoin de pédiatres"}, "body": {"fr": "Six mois d’attente."}, "kind": "besoin", "themes": ["Accès aux soins de premier recours"], "author": {"name": "Jeanne"}}

                {"id": 2, "title": {"fr": "Écoute"}, "body": {"fr": "Une ligne d’écoute la nuit."}, "themes": ["Santé mentale", "Prévention"], "supports": 5}
                {"id": 3, "title": {"fr": "cassé"},
                {"id": 4, "body": {"fr": "Des ateliers mémoire à Massy"}, "kind": "testimony", "commune": "91377"}
                """;

        ImportReport report = importAll("proposals.jsonl", jsonl);

        assertThat(report.acceptedCount()).isEqualTo(3);
        assertThat(report.rejected())
                .extracting(RejectedRow::line, RejectedRow::reasonKey)
                .containsExactly(tuple(4L, "exchange.row.json"));
        assertThat(report.notes()).containsExactly(Map.entry("exchange.note.titleFromText", 1L));
        assertThat(sql.column(
                        "SELECT kind || ' ' || title || ' ' || coalesce(commune_insee, '-') FROM contribution WHERE consultation_id = ? ORDER BY id",
                        consultation))
                .containsExactly(
                        "NEED Un besoin de pédiatres -",
                        "PROPOSAL Écoute -",
                        "TESTIMONY Des ateliers mémoire à Massy 91377");
        assertThat(sql.count(
                        "SELECT count(*) FROM contribution_theme ct JOIN contribution c ON c.id = ct.contribution_id WHERE c.consultation_id = ?",
                        consultation))
                .isEqualTo(3);
    }

    @Test
    void the_make_org_columns_are_recognised_and_its_text_becomes_the_title() throws IOException {
        StringBuilder csv = new StringBuilder();
        try (InputStream corpus = getClass().getResourceAsStream("/corpora/makeorg-monde-d-apres-2020.csv")) {
            List<String> lines = new String(corpus.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .limit(51)
                    .toList();
            lines.forEach(line -> csv.append(line).append('\n'));
        }

        ImportReport report = importAll("makeorg.csv", csv.toString());

        assertThat(report.acceptedCount()).isEqualTo(50);
        assertThat(report.notes()).containsEntry("exchange.note.titleFromText", 50L);
        assertThat(sql.column(
                        "SELECT title FROM contribution WHERE consultation_id = ? ORDER BY id LIMIT 1", consultation))
                .singleElement()
                .asString()
                .startsWith("Il faut mettre fin à l'obsolescence programmée");
        assertThat(sql.column(
                        "SELECT original_supports FROM contribution_source s JOIN contribution c ON c.id = s.contribution_id "
                                + "WHERE c.consultation_id = ? AND s.external_id = '1'",
                        consultation))
                .containsExactly(2665);
    }

    @Test
    void a_latin1_file_is_refused_with_the_first_bad_line_and_nothing_is_saved() {
        String csv = "titre;texte\nAccès;Plus de médecins\nSanté;Des pédiatres\n";
        try (ImportFile file = fixtures.receive(admin, consultation, "tableur.csv", csv, StandardCharsets.ISO_8859_1)) {
            assertThatThrownBy(() -> imports.preview(admin, consultation, file, null))
                    .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                        assertThat(refusal.messageKey()).isEqualTo("exchange.file.encoding");
                        assertThat(refusal.arguments()).containsExactly(2L);
                    });
            assertThatThrownBy(() -> imports.commit(
                            admin,
                            consultation,
                            file,
                            ColumnMapping.automatic(List.of("titre", "texte")),
                            ImportProgress.NONE))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("exchange.file.encoding");
        }
        assertNothingSaved();
    }

    @Test
    void a_spreadsheet_export_with_a_byte_order_mark_and_empty_trailing_columns_is_accepted() {
        ImportReport report = importAll("excel.csv", "\uFEFFtitre;texte;;\nAccès;Plus de médecins;;\n");

        assertThat(report.acceptedCount()).isEqualTo(1);
        assertThat(sql.column("SELECT title FROM contribution WHERE consultation_id = ?", consultation))
                .containsExactly("Accès");
    }

    @Test
    void a_wrong_delimiter_or_missing_columns_cannot_be_imported_and_nothing_is_saved() {
        try (ImportFile pipes = fixtures.receive(admin, consultation, "pipes.csv", "titre|texte\nA|B\n");
                ImportFile people = fixtures.receive(admin, consultation, "people.csv", "nom;âge\nDupont;54\n")) {
            ImportPreview single = imports.preview(admin, consultation, pipes, null);
            ImportPreview missing = imports.preview(admin, consultation, people, null);

            assertThat(single.problemKey()).isEqualTo("exchange.columns.single");
            assertThat(single.problemArguments()).containsExactly("titre|texte");
            assertThat(single.canConfirm()).isFalse();
            assertThat(missing.problemKey()).isEqualTo("exchange.columns.missing");
            assertThat(missing.problemArguments()).containsExactly("nom, âge");
            assertThatThrownBy(
                            () -> imports.commit(admin, consultation, people, missing.mapping(), ImportProgress.NONE))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("exchange.columns.missing");
            // Mapped by hand, the same file goes through.
            ImportPreview mapped = imports.preview(
                    admin, consultation, people, missing.mapping().with(ImportField.BODY, "nom"));
            assertThat(mapped.canConfirm()).isTrue();
        }
        assertNothingSaved();
    }

    @Test
    void a_malformed_csv_or_a_json_array_is_refused_as_a_whole() {
        try (ImportFile quotes =
                        fixtures.receive(admin, consultation, "quotes.csv", "titre,texte\nA,\"jamais fermé\nB,C\n");
                ImportFile array = fixtures.receive(admin, consultation, "export.json", "[{\"title\": \"A\"}]")) {
            assertThatThrownBy(() -> imports.preview(admin, consultation, quotes, null))
                    .hasMessageContaining("exchange.csv.malformed");
            assertThatThrownBy(() -> imports.commit(
                            admin,
                            consultation,
                            quotes,
                            ColumnMapping.automatic(List.of("titre", "texte")),
                            ImportProgress.NONE))
                    .hasMessageContaining("exchange.csv.malformed");
            assertThatThrownBy(() -> imports.preview(admin, consultation, array, null))
                    .hasMessageContaining("exchange.json.array");
        }
        assertNothingSaved();
    }

    @Test
    void a_file_announced_over_the_limit_is_refused_before_it_is_read() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                return fail("the content must not be read");
            }
        };

        assertThatThrownBy(() -> imports.receive(admin, consultation, "gros.csv", 50L * 1024 * 1024, untouchable))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("exchange.file.tooLarge");
                    assertThat(refusal.arguments()).containsExactly(20L);
                });
        assertNothingSaved();
    }

    @Test
    void a_file_larger_than_announced_is_refused_as_soon_as_it_passes_the_limit() {
        long limit = imports.maxFileSize();
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                if (served > limit + 1024 * 1024) {
                    return fail("read far past the limit");
                }
                return served % 80 == 0 ? '\n' : 'a';
            }
        };

        assertThatThrownBy(() -> imports.receive(admin, consultation, "menteur.csv", -1, endless))
                .hasMessageContaining("exchange.file.tooLarge");
    }

    @Test
    void a_database_failure_at_a_late_row_commits_nothing() {
        StringBuilder csv = new StringBuilder("reference;titre;texte\n");
        String poison = "poison-" + UUID.randomUUID();
        for (int i = 1; i <= 1200; i++) {
            csv.append(i == 1100 ? poison : "ref-" + i)
                    .append(";Titre ")
                    .append(i)
                    .append(";Texte ")
                    .append(i)
                    .append('\n');
        }
        String function = "test_fail_" + poison.substring(7).replace('-', '_');
        sql.update("CREATE FUNCTION " + function
                + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$");
        sql.update("CREATE TRIGGER " + function
                + " BEFORE INSERT ON contribution_source FOR EACH ROW WHEN (NEW.external_id = '" + poison
                + "') EXECUTE FUNCTION " + function + "()");
        List<Long> progress = new ArrayList<>();
        try (ImportFile file = fixtures.receive(admin, consultation, "long.csv", csv.toString())) {
            ImportPreview preview = imports.preview(admin, consultation, file, null);
            assertThat(preview.acceptedCount()).isEqualTo(1200);

            assertThatThrownBy(() -> imports.commit(
                            admin, consultation, file, preview.mapping(), (rows, fraction) -> progress.add(rows)))
                    .hasStackTraceContaining("simulated failure");
        } finally {
            sql.update("DROP TRIGGER " + function + " ON contribution_source");
            sql.update("DROP FUNCTION " + function + "()");
        }
        assertThat(progress).as("two batches were written before the failure").containsExactly(500L, 1000L);
        assertNothingSaved();
    }

    @Test
    void a_crash_while_committing_commits_nothing() {
        StringBuilder csv = new StringBuilder("titre,texte\n");
        for (int i = 1; i <= 1500; i++) {
            csv.append("Titre ").append(i).append(",Texte ").append(i).append('\n');
        }
        try (ImportFile file = fixtures.receive(admin, consultation, "crash.csv", csv.toString())) {
            ImportPreview preview = imports.preview(admin, consultation, file, null);

            assertThatThrownBy(() -> imports.commit(admin, consultation, file, preview.mapping(), (rows, fraction) -> {
                        if (rows >= 1000) {
                            throw new IllegalStateException("the server goes down");
                        }
                    }))
                    .hasMessageContaining("the server goes down");
        }
        assertNothingSaved();
    }

    @Test
    void progress_is_told_batch_by_batch_up_to_the_whole_file() {
        StringBuilder csv = new StringBuilder("titre,texte\n");
        for (int i = 1; i <= 1200; i++) {
            csv.append("Titre ").append(i).append(",Texte ").append(i).append('\n');
        }
        List<Double> fractions = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        ImportReport report;
        try (ImportFile file = fixtures.receive(admin, consultation, "progress.csv", csv.toString())) {
            report = imports.commit(
                    admin,
                    consultation,
                    file,
                    imports.preview(admin, consultation, file, null).mapping(),
                    (count, fraction) -> {
                        rows.add(count);
                        fractions.add(fraction);
                    });
        }

        assertThat(report.acceptedCount()).isEqualTo(1200);
        assertThat(rows).containsExactly(500L, 1000L, 1200L);
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(saved()).isEqualTo(1200);
    }

    @Test
    void nothing_is_imported_outside_the_window_or_by_someone_who_is_not_the_council_admin() {
        long closed = fixtures.consultation(
                council, "Close", LocalDate.now().minusDays(30), LocalDate.now().minusDays(20));
        Actor participant = TestAccounts.actor(new TestAccounts(platform).create("Participant"));
        byte[] bytes = "titre,texte\nA,B\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.receive(admin, closed, "a.csv", bytes.length, new ByteArrayInputStream(bytes)))
                .hasMessageContaining("exchange.window.closed");
        assertThatThrownBy(() -> imports.receive(
                        participant, consultation, "a.csv", bytes.length, new ByteArrayInputStream(bytes)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(imports.canImport(admin, consultation)).isTrue();
        assertThat(imports.canImport(admin, closed)).isFalse();
        assertThat(imports.canImport(participant, consultation)).isFalse();
        assertNothingSaved();
    }

    @Test
    void a_file_where_every_row_is_rejected_is_refused_and_saves_nothing() {
        try (ImportFile file = fixtures.receive(admin, consultation, "vide.csv", "titre,texte,type\nA,B,opinion\n")) {
            ImportPreview preview = imports.preview(admin, consultation, file, null);

            assertThat(preview.canConfirm()).isFalse();
            assertThatThrownBy(() -> imports.commit(admin, consultation, file, preview.mapping(), ImportProgress.NONE))
                    .hasMessageContaining("exchange.nothing");
        }
        assertNothingSaved();
    }
}
