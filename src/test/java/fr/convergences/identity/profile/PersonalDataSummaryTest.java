package fr.convergences.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataSummaryTest {

    private static Map<String, Object> export() {
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("stance", "FOR");
        comment.put("body", "FOR");
        comment.put("hidden", false);
        comment.put("createdAt", java.sql.Timestamp.from(java.time.Instant.parse("2026-03-01T17:30:00Z")));
        comment.put("title", "2026-03-01");
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", "2026-12-07T21:00:00Z");
        export.put("charterAcceptance", Map.of("channel", "SIGN_UP"));
        export.put("contributions", Map.of("comments", List.of(comment)));
        export.put("notifications", Map.of("preferences", Map.of("OFFICIAL_ANSWER", "NEVER")));
        return export;
    }

    @Test
    void constants_and_yes_or_no_are_shown_in_words_in_french() {
        String page = new PersonalDataSummary(new Messages(), Locale.FRENCH).render(export());

        assertThat(page)
                .contains(
                        "<dd>L’inscription avec une adresse e-mail</dd>",
                        "<dt>Position</dt><dd>Pour</dd>",
                        "<dt>Masquée par la modération</dt><dd>Non</dd>",
                        "<dt>Réponses officielles du conseil</dt><dd>Dans l’application seulement</dd>")
                .doesNotContain("SIGN_UP", "OFFICIAL_ANSWER", "NEVER", ">false<");
    }

    @Test
    void constants_are_shown_in_words_in_english() {
        String page = new PersonalDataSummary(new Messages(), Locale.ENGLISH).render(export());

        assertThat(page)
                .contains("<dd>Sign-up with an e-mail address</dd>", "<dt>Stance</dt><dd>For</dd>")
                .doesNotContain("SIGN_UP", ">false<");
    }

    @Test
    void a_persons_own_text_is_never_taken_for_a_constant() {
        String page = new PersonalDataSummary(new Messages(), Locale.FRENCH).render(export());

        assertThat(page).contains("<dt>Texte</dt><dd>FOR</dd>");
    }

    @Test
    void dates_are_shown_in_words_with_their_time_zone_but_a_persons_text_stays_as_written() {
        String french = new PersonalDataSummary(new Messages(), Locale.FRENCH).render(export());
        String english = new PersonalDataSummary(new Messages(), Locale.ENGLISH).render(export());

        assertThat(french)
                .contains("7 décembre 2026 à 22:00", "1er mars 2026 à 18:30", "<dd>2026-03-01</dd>")
                .doesNotContain("2026-12-07T21:00:00Z", "17:30:00");
        assertThat(english).contains("December 7, 2026", "March 1, 2026");
    }
}
