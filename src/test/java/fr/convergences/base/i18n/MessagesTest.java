package fr.convergences.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
        for (String bundle : Messages.BUNDLES) {
            Properties french = load(bundle, "");
            Properties english = load(bundle, "_en");
            assertThat(english.stringPropertyNames())
                    .as(bundle)
                    .containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : load(bundle, "").stringPropertyNames()) {
                assertThat(seen.add(key))
                        .as("%s is defined again in %s", key, bundle)
                        .isTrue();
            }
        }
    }

    @Test
    void french_texts_use_the_typographic_apostrophe_so_parameters_never_swallow_text() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Properties french = load(bundle, "");
            assertThat(french.stringPropertyNames())
                    .as(bundle)
                    .filteredOn(key -> french.getProperty(key).contains("'"))
                    .isEmpty();
        }
    }

    @Test
    void no_key_is_defined_twice_in_one_file() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            for (String suffix : List.of("", "_en")) {
                String resource = bundle.replace('.', '/') + suffix + ".properties";
                try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        continue;
                    }
                    List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                            .map(line -> line.substring(0, line.indexOf('=')).strip())
                            .toList();
                    // A later definition silently replaces an earlier one: the first text would never be shown.
                    assertThat(keys).as(resource).doesNotHaveDuplicates();
                }
            }
        }
    }

    /** A bundle that a feature has not written yet counts as empty. */
    private static Properties load(String bundle, String suffix) throws IOException {
        Properties properties = new Properties();
        String resource = bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
