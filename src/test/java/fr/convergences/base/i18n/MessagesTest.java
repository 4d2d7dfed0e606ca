package fr.convergences.base.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void french_is_the_default_and_english_is_offered() {
        assertThat(messages.getTranslation("nav.home", Locale.FRENCH)).isEqualTo("Accueil");
        assertThat(messages.getTranslation("nav.home", Locale.ENGLISH)).isEqualTo("Home");
        assertThat(messages.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Accueil");
        assertThat(messages.getTranslation("nav.home", Locale.UK)).isEqualTo("Home");
    }

    @Test
    void a_missing_key_is_visible_not_fatal() {
        assertThat(messages.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key!");
    }

    @Test
    void every_french_message_has_an_english_translation_and_back() throws IOException {
        Properties french = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
    }

    @Test
    void french_texts_use_the_typographic_apostrophe_so_parameters_never_swallow_text() throws IOException {
        Properties french = load("i18n/messages.properties");

        assertThat(french.stringPropertyNames())
                .filteredOn(key -> french.getProperty(key).contains("'"))
                .isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
