package fr.convergences.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The communes CSV as spreadsheets write it: its encoding and separator recognised, a malformed file refused with its line. */
class CommuneCsvIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final TerritoryAdminService admin = platform.bean(TerritoryAdminService.class);
    private final Actor platformAdmin =
            TestAccounts.actor(new TestAccounts(platform).createPlatformAdmin("Plateforme"));
    private final TestSql sql = new TestSql(platform);

    private Territory territory() {
        return admin.createTerritory(
                platformAdmin, "C" + UUID.randomUUID().toString().substring(0, 6), "Communes", "Europe/Paris");
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_CODE =
            new java.util.concurrent.atomic.AtomicInteger(900);

    /**
     * Codes no other test uses: communes are known by their INSEE code across all territories, and the scale corpus
     * fills départements 01 to 09. Corsica's 2B stops at 2B366, so 2B900 onwards names no real commune.
     */
    private static String[] codes() {
        return new String[] {"2B" + NEXT_CODE.getAndIncrement(), "2B" + NEXT_CODE.getAndIncrement()};
    }

    private CommuneImport importBytes(Territory territory, String csv, Charset charset, boolean byteOrderMark) {
        byte[] text = csv.getBytes(charset);
        byte[] bytes = text;
        if (byteOrderMark) {
            bytes = new byte[text.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(text, 0, bytes, 3, text.length);
        }
        return admin.importCommunes(platformAdmin, territory.id(), bytes);
    }

    private Object names(Territory territory) {
        return sql.column("SELECT name FROM commune WHERE territory_id = ? ORDER BY insee_code", territory.id());
    }

    @Test
    void a_windows_1252_file_with_semicolons_keeps_its_accents() {
        Territory territory = territory();
        String[] codes = codes();

        CommuneImport result = importBytes(
                territory,
                "insee;nom\r\n" + codes[0] + ";Évry-Courcouronnes\r\n" + codes[1] + ";Étréchy\r\n",
                Charset.forName("windows-1252"),
                false);

        assertThat(result.saved()).isEqualTo(2);
        assertThat(names(territory)).isEqualTo(java.util.List.of("Évry-Courcouronnes", "Étréchy"));
    }

    @Test
    void a_utf8_file_with_a_byte_order_mark_and_tabs_is_read_and_one_without_a_mark_too() {
        Territory withMark = territory();
        Territory without = territory();
        String[] first = codes();
        String[] second = codes();

        importBytes(withMark, "INSEE\tNom\n" + first[0] + "\tÉtampes\n", StandardCharsets.UTF_8, true);
        importBytes(without, "insee,nom\n" + second[0] + ",Saint-Chéron\n", StandardCharsets.UTF_8, false);

        assertThat(names(withMark)).isEqualTo(java.util.List.of("Étampes"));
        assertThat(names(without)).isEqualTo(java.util.List.of("Saint-Chéron"));
    }

    @Test
    void an_unclosed_quote_refuses_the_whole_file_with_its_line_and_saves_nothing() {
        Territory territory = territory();
        String[] codes = codes();

        assertThatThrownBy(() -> importBytes(
                        territory,
                        "insee;nom\n" + codes[0] + ";Massy\n" + codes[1] + ";\"Palaiseau\n",
                        StandardCharsets.UTF_8,
                        false))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("territory.admin.commune.malformed");
                    assertThat(refusal.arguments()).containsExactly(3L);
                });
        assertThat(sql.count("SELECT count(*) FROM commune WHERE territory_id = ?", territory.id()))
                .isZero();
    }
}
