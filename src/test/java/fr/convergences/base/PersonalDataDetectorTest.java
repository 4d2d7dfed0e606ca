package fr.convergences.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.PersonalDataDetector.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTest {

    @org.junit.jupiter.api.Test
    void masking_contact_details_only_keeps_a_venue_address_and_masks_a_phone_inside_it() {
        String text =
                "Rendez-vous au 2 rue de la Paix, 91000 Évry ; écrire à asso@exemple.fr ou appeler le 06 12 34 56 78.";

        assertThat(PersonalDataDetector.mask(text, PersonalDataDetector.CONTACT_DETAILS))
                .isEqualTo("Rendez-vous au 2 rue de la Paix, 91000 Évry ; écrire à [\u2026] ou appeler le [\u2026].");
        assertThat(PersonalDataDetector.mask(text))
                .as("everything, as in contributions")
                .doesNotContain("rue de la Paix");
        assertThat(PersonalDataDetector.mask(null, PersonalDataDetector.CONTACT_DETAILS))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "marie.dupont@gmail.com",
                "jean-luc.martin+cts@orange.fr",
                "contact@mairie-evry.fr",
                "élodie@laposte.net"
            })
    void e_mail_addresses_are_found_and_masked(String address) {
        String text = "Écrivez-moi à " + address + " pour en parler.";

        assertThat(PersonalDataDetector.kinds(text)).containsExactly(Kind.EMAIL);
        assertThat(PersonalDataDetector.mask(text)).isEqualTo("Écrivez-moi à [\u2026] pour en parler.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "06 12 34 56 78",
                "01.69.36.41.00",
                "0612345678",
                "07-81-22-33-44",
                "+33 6 12 34 56 78",
                "+33 (0)1 60 87 12 34",
                "0033 6 12 34 56 78",
                "+262 692 12 34 56",
                "+44 20 7946 0958",
                "06\u00A012\u00A034\u00A056\u00A078"
            })
    void french_overseas_and_international_phone_numbers_are_found(String number) {
        String text = "Appelez le " + number + ", le soir.";

        assertThat(PersonalDataDetector.kinds(text)).containsExactly(Kind.PHONE);
        assertThat(PersonalDataDetector.mask(text)).isEqualTo("Appelez le [\u2026], le soir.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 85 05 78 006 084 36", "185057800608436", "2 91 12 2A 004 123 45", "1850578006084"})
    void social_security_numbers_are_found_with_or_without_spaces_or_key(String nir) {
        String text = "Mon numéro de sécu est " + nir + " et la CPAM ne répond pas.";

        assertThat(PersonalDataDetector.kinds(text)).containsExactly(Kind.SOCIAL_SECURITY_NUMBER);
        assertThat(PersonalDataDetector.mask(text))
                .isEqualTo("Mon numéro de sécu est [\u2026] et la CPAM ne répond pas.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12 rue des Lilas",
                "3 bis avenue Jean Jaurès",
                "45, boulevard de la République",
                "7 allée des pins",
                "10 place du 8 Mai 1945",
                "2 impasse d’Alembert",
                "18 rue de la Gare, 91000 Évry-Courcouronnes",
                "5 chemin des Prés"
            })
    void postal_addresses_are_found_with_their_postcode_and_town(String address) {
        String text = "J’habite au " + address + " depuis dix ans.";

        assertThat(PersonalDataDetector.kinds(text)).containsExactly(Kind.POSTAL_ADDRESS);
        assertThat(PersonalDataDetector.mask(text)).isEqualTo("J’habite au [\u2026] depuis dix ans.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Le 15 a répondu au bout de 40 minutes ; 15 % des appels restent sans réponse.",
                "En 2024, l’hôpital d’Évry comptait 118 lits de médecine et 2 500 passages par mois.",
                "Il faudrait 3 cours de yoga adapté par semaine et 2 places de parking devant le centre.",
                "Le budget de 1 200 000 € couvre 12 mois, du 01/02/2025 au 31/01/2026.",
                "Composez le 112, le 3919 ou le 0 800 130 000 (numéro vert) ; le SAMU est le 15.",
                "Sur 10 000 habitants, 1 sur 4 n’a pas de médecin traitant ; 75 % des généralistes ont plus de 60 ans.",
                "La ligne 402 passe toutes les 30 minutes de 6 h 30 à 21 h 00 depuis le 1er septembre.",
                "Code postal 91000, code INSEE 91228, finess 910000215.",
                "J’ai écrit au @CTS91 sur les réseaux et à l’ARS, sans réponse."
            })
    void ordinary_numbers_dates_and_amounts_are_left_as_written(String text) {
        assertThat(PersonalDataDetector.find(text)).isEmpty();
        assertThat(PersonalDataDetector.mask(text)).isSameAs(text);
    }

    @Test
    void several_kinds_in_one_text_are_each_masked_and_the_rest_kept() {
        String text = "Contact : paul.leroy@free.fr ou 06 11 22 33 44, 4 rue Pasteur. Merci !";

        assertThat(PersonalDataDetector.kinds(text))
                .containsExactlyInAnyOrder(Kind.EMAIL, Kind.PHONE, Kind.POSTAL_ADDRESS);
        assertThat(PersonalDataDetector.mask(text)).isEqualTo("Contact : [\u2026] ou [\u2026], [\u2026]. Merci !");
    }

    @Test
    void a_text_without_personal_data_and_an_empty_one_find_nothing() {
        assertThat(PersonalDataDetector.find("Un centre de santé ouvert le soir"))
                .isEmpty();
        assertThat(PersonalDataDetector.find("")).isEmpty();
        assertThat(PersonalDataDetector.find(null)).isEmpty();
    }
}
