package fr.convergences.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TerritoryAdminServiceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final TerritoryAdminService admin = platform.bean(TerritoryAdminService.class);
    private final Actor platformAdmin =
            TestAccounts.actor(new TestAccounts(platform).createPlatformAdmin("Plateforme"));

    private static String code() {
        return "R" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String key(Throwable refusal) {
        return ((UserFacingException) refusal).messageKey();
    }

    @Test
    void an_overseas_territory_keeps_its_own_time_zone_and_gets_one_council() {
        Territory reunion = admin.createTerritory(platformAdmin, code(), "La Réunion", "Indian/Reunion");
        Council council = admin.createCouncil(
                platformAdmin,
                reunion.id(),
                "CTS de La Réunion",
                "cts-" + reunion.code().toLowerCase());

        assertThat(reunion.timeZone()).isEqualTo("Indian/Reunion");
        assertThat(council.territoryId()).isEqualTo(reunion.id());
        assertThatThrownBy(() -> admin.createCouncil(
                        platformAdmin,
                        reunion.id(),
                        "Second",
                        "second-" + reunion.code().toLowerCase()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("territory.admin.council.exists"));
    }

    @Test
    void bad_territories_are_refused() {
        String taken = admin.createTerritory(platformAdmin, code(), "Pris", "Europe/Paris")
                .code();

        assertThatThrownBy(() -> admin.createTerritory(platformAdmin, taken, "Doublon", "Europe/Paris"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("territory.admin.code.taken"));
        assertThatThrownBy(() -> admin.createTerritory(platformAdmin, code(), "Fuseau", "Mars/Olympus"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("territory.admin.timeZone.invalid"));
        assertThatThrownBy(() -> admin.createTerritory(platformAdmin, "91 Essonne!", "Code", "Europe/Paris"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("territory.admin.code.invalid"));
        assertThatThrownBy(() -> admin.createTerritory(
                        TestAccounts.actor(new TestAccounts(platform).create("Habitant")), code(), "X", "Europe/Paris"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void communes_import_saves_valid_rows_and_reports_the_others_by_line() {
        Territory territory = admin.createTerritory(platformAdmin, code(), "Import", "Europe/Paris");
        String csv = """
                insee;nom
                91312;Évry-Courcouronnes
                9122;Trop court
                91386;
                2A004;Ajaccio
                91312;Évry encore
                """;

        CommuneImport result = admin.importCommunes(platformAdmin, territory.id(), new StringReader(csv));

        assertThat(result.saved()).isEqualTo(2);
        assertThat(result.rejected())
                .extracting(CommuneImport.RejectedRow::line, CommuneImport.RejectedRow::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "territory.admin.commune.badCode"),
                        org.assertj.core.groups.Tuple.tuple(4L, "territory.admin.commune.badName"),
                        org.assertj.core.groups.Tuple.tuple(6L, "territory.admin.commune.duplicate"));
        assertThat(new TestSql(platform)
                        .column("SELECT name FROM commune WHERE territory_id = ? ORDER BY insee_code", territory.id()))
                .containsExactly("Ajaccio", "Évry-Courcouronnes");
    }

    @Test
    void a_file_without_the_expected_columns_is_refused_whole() {
        Territory territory = admin.createTerritory(platformAdmin, code(), "Colonnes", "Europe/Paris");

        assertThatThrownBy(() -> admin.importCommunes(
                        platformAdmin, territory.id(), new StringReader("code,libelle\n91312,Évry\n")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("territory.admin.commune.missingColumns"));
        assertThatThrownBy(() -> admin.importCommunes(platformAdmin, territory.id(), new StringReader("")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("territory.admin.commune.unreadable"));
        assertThat(new TestSql(platform).count("SELECT count(*) FROM commune WHERE territory_id = ?", territory.id()))
                .isZero();
    }
}
