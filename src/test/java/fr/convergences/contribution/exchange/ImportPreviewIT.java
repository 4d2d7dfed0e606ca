package fr.convergences.contribution.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the preview tells before an import: rows already imported, categories to map, pages, and bounds on what it holds. */
class ImportPreviewIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ContributionImportService imports = platform.bean(ContributionImportService.class);
    private final ImportFixtures fixtures = new ImportFixtures(platform);
    private final TestSql sql = new TestSql(platform);
    private Actor admin;
    private long consultation;

    @BeforeEach
    void setUp() {
        long council = new TestCouncils(platform).create().id();
        admin = fixtures.councilAdmin(council);
        consultation = fixtures.consultation(council, "Aperçu " + UUID.randomUUID());
    }

    private static String decidimRows(int... ids) {
        StringBuilder csv = new StringBuilder("id;title/fr;body/fr;url\n");
        for (int id : ids) {
            csv.append(id)
                    .append(";Proposition ")
                    .append(id)
                    .append(";Texte de la proposition ")
                    .append(id)
                    .append(";https://Decidim.example/processes/cts/f/1/proposals/")
                    .append(id)
                    .append('\n');
        }
        return csv.toString();
    }

    private ImportReport importAll(String name, String content) {
        try (ImportFile file = fixtures.receive(admin, consultation, name, content)) {
            return imports.commit(
                    admin,
                    consultation,
                    file,
                    imports.preview(admin, consultation, file, null).mapping(),
                    ImportProgress.NONE);
        }
    }

    private long saved() {
        return sql.count("SELECT count(*) FROM contribution WHERE consultation_id = ?", consultation);
    }

    @Test
    void a_file_of_fifty_rows_two_of_them_already_imported_creates_forty_eight_and_the_same_file_again_creates_none() {
        importAll("premier-export.csv", decidimRows(7, 30));
        Map<String, Long> earlier = Map.of(
                "7",
                        (Long) sql.column(
                                        "SELECT id FROM contribution WHERE consultation_id = ? AND title = 'Proposition 7'",
                                        consultation)
                                .getFirst(),
                "30",
                        (Long) sql.column(
                                        "SELECT id FROM contribution WHERE consultation_id = ? AND title = 'Proposition 30'",
                                        consultation)
                                .getFirst());
        int[] fifty = java.util.stream.IntStream.rangeClosed(1, 50).toArray();

        try (ImportFile file = fixtures.receive(admin, consultation, "export-complet.csv", decidimRows(fifty))) {
            ImportPreview preview = imports.preview(admin, consultation, file, null);

            assertThat(preview.acceptedCount()).isEqualTo(48);
            assertThat(preview.alreadyImportedCount()).isEqualTo(2);
            assertThat(preview.alreadyImported())
                    .extracting(ImportPreview.Row::line, ImportPreview.Row::contributionId)
                    .containsExactly(tuple(8L, earlier.get("7")), tuple(31L, earlier.get("30")));
            assertThat(preview.pageRows())
                    .filteredOn(row -> row.line() == 8)
                    .singleElement()
                    .extracting(ImportPreview.Row::status)
                    .isEqualTo(ImportPreview.Status.ALREADY_IMPORTED);

            ImportReport report = imports.commit(admin, consultation, file, preview.mapping(), ImportProgress.NONE);
            assertThat(report.acceptedCount()).isEqualTo(48);
            assertThat(report.alreadyImportedCount()).isEqualTo(2);
        }
        assertThat(saved()).isEqualTo(50);
        assertThat(sql.count("SELECT count(DISTINCT title) FROM contribution WHERE consultation_id = ?", consultation))
                .isEqualTo(50);

        try (ImportFile again = fixtures.receive(admin, consultation, "export-complet (1).csv", decidimRows(fifty))) {
            ImportPreview preview = imports.preview(admin, consultation, again, null);

            assertThat(preview.acceptedCount()).isZero();
            assertThat(preview.alreadyImportedCount()).isEqualTo(50);
            assertThat(preview.canConfirm()).isFalse();
            assertThatThrownBy(() -> imports.commit(admin, consultation, again, preview.mapping(), ImportProgress.NONE))
                    .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                        assertThat(refusal.messageKey()).isEqualTo("exchange.nothing.alreadyImported");
                        assertThat(refusal.arguments()).containsExactly(50L);
                    });
        }
        assertThat(saved()).as("the same file again creates nothing").isEqualTo(50);
    }

    @Test
    void the_same_reference_twice_in_one_file_is_imported_once_and_another_platform_may_reuse_the_number() {
        String csv = """
                reference,titre,texte,url
                12,Un CMP le samedi,Ouvert le samedi matin,https://decidim.example/proposals/12
                12,Un CMP le samedi (copie),Ouvert le samedi matin,https://decidim.example/proposals/12
                12,Autre plateforme,Même numéro ailleurs,https://autre.example/p/12
                12,Sans adresse,Une référence sans plateforme connue,
                """;

        ImportReport report = importAll("doublons.csv", csv);

        assertThat(report.acceptedCount()).isEqualTo(3);
        assertThat(report.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.reasonKey()).isEqualTo("exchange.row.duplicate");
            assertThat(row.arguments()).containsExactly("12", 2L);
        });
        assertThat(sql.column(
                        "SELECT s.source_origin FROM contribution_source s JOIN contribution c ON c.id = s.contribution_id "
                                + "WHERE c.consultation_id = ? ORDER BY c.id",
                        consultation))
                .containsExactly("decidim.example", "autre.example", "");
    }

    @Test
    void an_unknown_category_is_mapped_to_a_theme_by_the_admin_or_left_without_one_and_never_refuses_its_row() {
        String csv = """
                titre;texte;catégorie
                Psy;Un psychiatre de plus à Évry;Psychiatrie
                CMP;Un CMP ouvert le samedi;psychiatrie
                Lune;Un horoscope santé;Astrologie
                Écoute;Une ligne d’écoute;Santé mentale
                """;
        long mentalHealth = (Long)
                sql.column("SELECT id FROM theme WHERE consultation_id = ? AND name = 'Santé mentale'", consultation)
                        .getFirst();

        try (ImportFile file = fixtures.receive(admin, consultation, "categories.csv", csv)) {
            ImportPreview automatic = imports.preview(admin, consultation, file, null);
            assertThat(automatic.unknownCategories())
                    .containsExactly(entry("Psychiatrie", 2L), entry("Astrologie", 1L));
            assertThat(automatic.acceptedCount()).isEqualTo(4);
            assertThat(automatic.rejectedCount()).isZero();

            ColumnMapping mapped = automatic.mapping().withCategory("Psychiatrie", mentalHealth);
            ImportPreview preview = imports.preview(admin, consultation, file, mapped);
            assertThat(preview.unknownCategories())
                    .as("still listed, so that the choice can be changed")
                    .containsExactly(entry("Psychiatrie", 2L), entry("Astrologie", 1L));
            assertThat(preview.mapping().themeOfCategory("psychiatrie")).contains(mentalHealth);
            assertThat(preview.pageRows())
                    .filteredOn(row -> row.notes().contains("exchange.note.categoryWithoutTheme"))
                    .extracting(ImportPreview.Row::title)
                    .containsExactly("Lune");

            ImportReport report = imports.commit(admin, consultation, file, preview.mapping(), ImportProgress.NONE);
            assertThat(report.acceptedCount()).isEqualTo(4);
            assertThat(report.notes()).containsEntry("exchange.note.categoryWithoutTheme", 1L);
        }
        assertThat(sql.column("""
                SELECT c.title || ' ' || coalesce((SELECT string_agg(t.name, ',') FROM contribution_theme ct JOIN theme t ON t.id = ct.theme_id
                                                   WHERE ct.contribution_id = c.id), '(sans thème)')
                FROM contribution c WHERE c.consultation_id = ? ORDER BY c.id""", consultation))
                .containsExactly("Psy Santé mentale", "CMP Santé mentale", "Lune (sans thème)", "Écoute Santé mentale");
    }

    @Test
    void the_preview_pages_through_the_whole_file_and_a_page_past_the_end_shows_the_last() {
        StringBuilder csv = new StringBuilder("titre,texte,type\n");
        for (int i = 1; i <= 45; i++) {
            csv.append("Titre ")
                    .append(i)
                    .append(",Texte ")
                    .append(i)
                    .append(',')
                    .append(i % 10 == 0 ? "opinion" : "besoin")
                    .append('\n');
        }
        try (ImportFile file = fixtures.receive(admin, consultation, "pages.csv", csv.toString())) {
            ImportPreview first = imports.preview(admin, consultation, file, null);
            ImportPreview second = imports.preview(admin, consultation, file, first.mapping(), 1);
            ImportPreview beyond = imports.preview(admin, consultation, file, first.mapping(), 9);

            assertThat(first.pageCount()).isEqualTo(3);
            assertThat(first.pageRows())
                    .extracting(ImportPreview.Row::line)
                    .first()
                    .isEqualTo(2L);
            assertThat(second.page()).isEqualTo(1);
            assertThat(second.pageRows())
                    .extracting(ImportPreview.Row::line)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(22, 41)
                            .boxed()
                            .toList());
            assertThat(second.pageRows())
                    .filteredOn(row -> row.line() == 31)
                    .singleElement()
                    .extracting(ImportPreview.Row::status)
                    .isEqualTo(ImportPreview.Status.REJECTED);
            assertThat(beyond.page()).isEqualTo(2);
            assertThat(beyond.pageRows()).extracting(ImportPreview.Row::line).containsExactly(42L, 43L, 44L, 45L, 46L);
            assertThat(first.rejectedCount()).isEqualTo(4);
        }
        assertThat(saved()).as("the preview saves nothing").isZero();
    }

    /**
     * A hundred thousand rows, half rejected, in a thousand unknown categories: the preview (which the page keeps in
     * the session) holds a page of rows, the first rejected rows and the first categories, never the file.
     */
    @Test
    void a_preview_of_a_hundred_thousand_rows_holds_bounded_lists_only() {
        int rows = 100_000;
        StringBuilder csv = new StringBuilder(rows * 60).append("reference,titre,texte,type,categorie\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i)
                    .append(",Titre ")
                    .append(i)
                    .append(",Texte numéro ")
                    .append(i)
                    .append(',')
                    .append(i % 2 == 0 ? "opinion" : "besoin")
                    .append(",Catégorie ")
                    .append(i % 1000)
                    .append('\n');
        }
        try (ImportFile file = fixtures.receive(admin, consultation, "cent-mille.csv", csv.toString())) {
            csv.setLength(0);
            csv.trimToSize();
            long started = System.nanoTime();
            ImportPreview preview = imports.preview(admin, consultation, file, null);
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(preview.rowCount()).isEqualTo(rows);
            assertThat(preview.acceptedCount()).isEqualTo(rows / 2);
            assertThat(preview.rejectedCount()).isEqualTo(rows / 2);
            assertThat(preview.rejected()).hasSize(ImportPreview.LISTED);
            assertThat(preview.pageRows()).hasSize(ImportPreview.PAGE_ROWS);
            assertThat(preview.unknownCategories()).hasSize(ImportPreview.CATEGORIES_LISTED);
            assertThat(preview.pageCount()).isEqualTo(rows / ImportPreview.PAGE_ROWS);
            long held = preview.pageRows().size()
                    + preview.rejected().size()
                    + preview.alreadyImported().size()
                    + preview.unknownCategories().size();
            assertThat(held)
                    .isLessThanOrEqualTo(
                            ImportPreview.PAGE_ROWS + 2L * ImportPreview.LISTED + ImportPreview.CATEGORIES_LISTED);
            System.out.printf(
                    "Preview of %,d rows: %.1f s, %d rows and categories held by the preview%n", rows, seconds, held);
        }
        assertThat(saved()).isZero();
    }

    @Test
    void an_author_on_the_other_platform_is_kept_only_as_a_keyed_hash_the_same_for_each_of_their_rows() {
        String csv = """
                id;title/fr;body/fr;url;author/name
                1;Un CMP le samedi;Ouvert le samedi;https://decidim.example/p/1;Paul Martin
                2;Un bus de dépistage;Dans les villages;https://decidim.example/p/2;paul  MARTIN
                3;Des pédiatres;Six mois d’attente;https://decidim.example/p/3;Jeanne Dupont
                4;Une ligne d’écoute;La nuit;https://decidim.example/p/4;
                """;

        ImportReport report = importAll("auteurs.csv", csv);

        assertThat(report.acceptedCount()).isEqualTo(4);
        List<Object> keys = sql.column("""
                SELECT coalesce(s.author_key, '-') FROM contribution_source s JOIN contribution c ON c.id = s.contribution_id
                WHERE c.consultation_id = ? ORDER BY s.external_id""", consultation);
        assertThat(keys.get(0)).isEqualTo(keys.get(1)).isNotEqualTo(keys.get(2));
        assertThat(keys.get(0).toString()).matches("[0-9a-f]{64}");
        assertThat(keys.get(3)).isEqualTo("-");
        assertThat(sql.count("""
                SELECT count(*) FROM contribution_source s JOIN contribution c ON c.id = s.contribution_id
                WHERE c.consultation_id = ? AND (s::text ILIKE '%martin%' OR s::text ILIKE '%dupont%' OR c::text ILIKE '%martin%')""", consultation)).as("the name is never stored").isZero();
    }
}
