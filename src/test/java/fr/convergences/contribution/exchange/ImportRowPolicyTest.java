package fr.convergences.contribution.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.Theme;
import fr.convergences.contribution.ContributionKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportRowPolicyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private final ImportRowPolicy policy = new ImportRowPolicy(
            List.of(
                    new Theme(1L, 9L, "Santé mentale", 1),
                    new Theme(2L, 9L, "Déterminants de santé (logement, transports…)", 2)),
            Map.of("91228", "Évry-Courcouronnes"),
            PARIS,
            NOW);
    private final ColumnMapping mapping =
            ColumnMapping.automatic(List.of("titre", "texte", "type", "thème", "commune", "date", "votes", "url"));

    private ImportRowPolicy.Outcome check(String... columnsAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return policy.check(SourceRow.of(7, values), mapping);
    }

    private static ImportedContribution accepted(ImportRowPolicy.Outcome outcome) {
        assertThat(outcome).isInstanceOf(ImportRowPolicy.Outcome.Accepted.class);
        return ((ImportRowPolicy.Outcome.Accepted) outcome).contribution();
    }

    private static RejectedRow rejected(ImportRowPolicy.Outcome outcome) {
        assertThat(outcome).isInstanceOf(ImportRowPolicy.Outcome.Rejected.class);
        return ((ImportRowPolicy.Outcome.Rejected) outcome).row();
    }

    @Test
    void a_short_text_without_title_becomes_the_title_and_the_report_says_so() {
        ImportedContribution contribution = accepted(check("texte", "Il faut un centre de santé ouvert le soir"));

        assertThat(contribution.title()).isEqualTo("Il faut un centre de santé ouvert le soir");
        assertThat(contribution.notes()).containsExactly("exchange.note.titleFromText");
        assertThat(contribution.kind()).isEqualTo(ContributionKind.PROPOSAL);
    }

    @Test
    void a_long_text_without_title_is_rejected_with_its_line() {
        RejectedRow row = rejected(check("texte", "x".repeat(151)));

        assertThat(row.line()).isEqualTo(7);
        assertThat(row.reasonKey()).isEqualTo("exchange.row.title.missing");
        assertThat(row.arguments()).containsExactly(150);
    }

    @Test
    void a_title_on_two_lines_is_rejected_with_its_reason() {
        assertThat(rejected(check("titre", "Centre\nde santé", "texte", "ok")).reasonKey())
                .isEqualTo("exchange.row.title.singleLine");
    }

    @Test
    void a_short_text_on_several_lines_without_title_becomes_a_one_line_title() {
        ImportedContribution contribution = accepted(check("texte", "Un centre de santé\r\nouvert le soir"));

        assertThat(contribution.title()).isEqualTo("Un centre de santé ouvert le soir");
        assertThat(contribution.body()).isEqualTo("Un centre de santé\nouvert le soir");
    }

    @Test
    void limits_are_those_of_an_online_contribution() {
        assertThat(rejected(check("titre", "t".repeat(151), "texte", "ok")).reasonKey())
                .isEqualTo("exchange.row.title.tooLong");
        assertThat(rejected(check("titre", "ok", "texte", "b".repeat(3001))).reasonKey())
                .isEqualTo("exchange.row.body.tooLong");
        assertThat(rejected(check("titre", "  ", "texte", " ")).reasonKey()).isEqualTo("exchange.row.text.required");
    }

    @Test
    void themes_kinds_and_communes_match_whatever_the_case_and_accents() {
        ImportedContribution contribution = accepted(check(
                "titre",
                "Logement",
                "texte",
                "Des logements adaptés",
                "type",
                "Témoignages",
                "thème",
                "SANTE MENTALE | determinants de sante (logement, transports…)",
                "commune",
                "evry-courcouronnes"));

        assertThat(contribution.themeIds()).containsExactly(1L, 2L);
        assertThat(contribution.kind()).isEqualTo(ContributionKind.TESTIMONY);
        assertThat(contribution.communeInsee()).isEqualTo("91228");
        assertThat(contribution.scope()).isEqualTo("evry-courcouronnes");
    }

    @Test
    void an_unknown_kind_is_named_in_the_reason() {
        RejectedRow kind = rejected(check("titre", "T", "texte", "B", "type", "pétition"));

        assertThat(kind.reasonKey()).isEqualTo("exchange.row.kind.unknown");
        assertThat(kind.arguments()).containsExactly("pétition");
    }

    @Test
    void an_unknown_category_leaves_the_row_without_that_theme_and_is_named_for_the_admin_to_map() {
        ImportedContribution unmapped =
                accepted(check("titre", "T", "texte", "B", "thème", "Santé mentale; Astrologie"));
        ImportRowPolicy.Outcome mappedOutcome = policy.check(
                SourceRow.of(8, Map.of("titre", "T", "texte", "B", "thème", "ASTROLOGIE")),
                mapping.withCategory("Astrologie", 2L));
        ImportedContribution mapped = accepted(mappedOutcome);

        assertThat(unmapped.themeIds()).containsExactly(1L);
        assertThat(unmapped.unknownCategories()).containsExactly("Astrologie");
        assertThat(unmapped.notes()).contains("exchange.note.categoryWithoutTheme");
        assertThat(mapped.themeIds()).containsExactly(2L);
        assertThat(mapped.unknownCategories()).containsExactly("ASTROLOGIE");
        assertThat(mapped.notes()).doesNotContain("exchange.note.categoryWithoutTheme");
    }

    @Test
    void a_category_mapped_to_a_theme_of_another_consultation_is_left_without_a_theme() {
        ImportedContribution contribution = accepted(policy.check(
                SourceRow.of(8, Map.of("titre", "T", "texte", "B", "thème", "Astrologie")),
                mapping.withCategory("Astrologie", 999L)));

        assertThat(contribution.themeIds()).isEmpty();
        assertThat(contribution.notes()).contains("exchange.note.categoryWithoutTheme");
    }

    @Test
    void a_code_that_is_not_an_insee_code_is_refused_but_a_place_name_is_kept() {
        assertThat(rejected(check("titre", "T", "texte", "B", "commune", "9122"))
                        .reasonKey())
                .isEqualTo("exchange.row.commune.invalid");
        ImportedContribution district = accepted(check("titre", "T", "texte", "B", "commune", "Nord Essonne"));

        assertThat(district.communeInsee()).isNull();
        assertThat(district.scope()).isEqualTo("Nord Essonne");
        assertThat(district.notes()).containsExactly("exchange.note.scopeKept");
        assertThat(accepted(check("titre", "T", "texte", "B", "commune", "2a004"))
                        .communeInsee())
                .isEqualTo("2A004");
    }

    @Test
    void dates_of_decidim_iso_and_french_spreadsheets_are_read_in_the_territory_zone() {
        assertThat(ImportDates.parse("2021-03-04 10:11:12 UTC", PARIS)).contains(Instant.parse("2021-03-04T10:11:12Z"));
        assertThat(ImportDates.parse("2021-03-04T10:11:12.345+01:00", PARIS))
                .contains(Instant.parse("2021-03-04T09:11:12.345Z"));
        assertThat(ImportDates.parse("2021-03-04 10:11:12 +0100", PARIS))
                .contains(Instant.parse("2021-03-04T09:11:12Z"));
        assertThat(ImportDates.parse("2021-07-04", PARIS)).contains(Instant.parse("2021-07-03T22:00:00Z"));
        assertThat(ImportDates.parse("04/03/2021 10:30", PARIS)).contains(Instant.parse("2021-03-04T09:30:00Z"));
        assertThat(ImportDates.parse("31/02/2021", PARIS)).isEmpty();
        assertThat(rejected(check("titre", "T", "texte", "B", "date", "2027-01-01"))
                        .reasonKey())
                .isEqualTo("exchange.row.date.future");
    }

    @Test
    void counts_and_addresses_of_the_other_platform_are_checked() {
        ImportedContribution contribution =
                accepted(check("titre", "T", "texte", "B", "votes", "1 234", "url", "https://decidim.example/p/1"));

        assertThat(contribution.supports()).isEqualTo(1234);
        assertThat(rejected(check("titre", "T", "texte", "B", "votes", "beaucoup"))
                        .reasonKey())
                .isEqualTo("exchange.row.supports.invalid");
        assertThat(rejected(check("titre", "T", "texte", "B", "url", "javascript:alert(1)"))
                        .reasonKey())
                .isEqualTo("exchange.row.url.invalid");
    }

    @Test
    void known_header_variants_are_mapped_automatically_and_each_column_feeds_one_field() {
        ColumnMapping decidim = ColumnMapping.automatic(List.of(
                "id",
                "category/name/fr",
                "scope/name/fr",
                "title/fr",
                "body/fr",
                "supports",
                "comments",
                "published_at",
                "url",
                "author/name"));
        ColumnMapping makeOrg = ColumnMapping.automatic(List.of("id", "text", "votes", "adhesion"));

        assertThat(decidim.columns())
                .containsEntry(ImportField.TITLE, "title/fr")
                .containsEntry(ImportField.BODY, "body/fr")
                .containsEntry(ImportField.THEMES, "category/name/fr")
                .containsEntry(ImportField.COMMUNE, "scope/name/fr")
                .containsEntry(ImportField.SUPPORTS, "supports")
                .containsEntry(ImportField.DATE, "published_at")
                .containsEntry(ImportField.REFERENCE, "id")
                .containsEntry(ImportField.URL, "url")
                // Read only to be hashed into the row's source: one author's rows are one voice.
                .containsEntry(ImportField.AUTHOR, "author/name");
        assertThat(makeOrg.columns())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(ImportField.BODY, "text", ImportField.SUPPORTS, "votes", ImportField.REFERENCE, "id"));
        assertThat(makeOrg.with(ImportField.TITLE, "text").columns())
                .containsEntry(ImportField.TITLE, "text")
                .doesNotContainKey(ImportField.BODY);
    }

    @Test
    void the_delimiter_is_the_one_the_header_uses_outside_quotes() {
        assertThat(ImportSource.delimiter("id;title/fr;body/fr")).isEqualTo(';');
        assertThat(ImportSource.delimiter("id,text,votes,adhesion")).isEqualTo(',');
        assertThat(ImportSource.delimiter("titre\ttexte")).isEqualTo('\t');
        assertThat(ImportSource.delimiter("\"a;b\",c")).isEqualTo(',');
    }
}
