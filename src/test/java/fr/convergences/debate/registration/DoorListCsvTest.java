package fr.convergences.debate.registration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.debate.Registration;
import fr.convergences.debate.RegistrationStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The door list opens right in a spreadsheet: its accents, its columns, and no cell run as a formula. */
class DoorListCsvTest {

    private static final List<String> HEADERS =
            List.of("Nom", "E-mail", "Téléphone", "Statut", "Inscription", "Présence");

    @Test
    void the_file_starts_with_a_byte_order_mark_so_that_a_spreadsheet_reads_its_accents_as_utf_8() {
        byte[] file = DoorListCsv.write(
                List.of(registration("Hélène Bœuf", "helene@example.org")),
                HEADERS,
                status -> "inscrite",
                ZoneId.of("Europe/Paris"));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text.substring(1).lines().toList())
                .containsExactly(
                        "Nom;E-mail;Téléphone;Statut;Inscription;Présence",
                        "Hélène Bœuf;helene@example.org;;inscrite;2027-02-01 18:30;");
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text_and_the_hour_is_the_debates_own() {
        byte[] file = DoorListCsv.write(
                List.of(registration("=HYPERLINK(\"http://evil\")", "-1@example.org")),
                HEADERS,
                status -> "inscrite",
                ZoneId.of("Indian/Reunion"));

        assertThat(new String(file, StandardCharsets.UTF_8).lines().toList().get(1))
                .startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\";'-1@example.org;")
                .contains(";2027-02-01 21:30;");
    }

    private static Registration registration(String name, String email) {
        Instant registered = Instant.parse("2027-02-01T17:30:00Z");
        return new Registration(
                1L,
                1L,
                null,
                name,
                email,
                null,
                "fr",
                RegistrationStatus.CONFIRMED,
                null,
                registered,
                null,
                registered,
                null,
                null);
    }
}
