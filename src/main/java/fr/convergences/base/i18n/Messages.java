package fr.convergences.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text shown to users, French first and English second, from {@code i18n/messages*.properties}.
 * Vaadin views reach it through {@code getTranslation}; services use it for localised error messages.
 */
@Singleton
public class Messages implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);

    /**
     * One bundle per feature, so that features add their texts without touching each other's files.
     * A key is looked up in each bundle in turn; keys are prefixed by feature to stay unique.
     */
    static final List<String> BUNDLES = List.of(
            "i18n.messages", "i18n.identity", "i18n.audit", "i18n.notification", "i18n.territory",
            "i18n.territory-admin", "i18n.organisation", "i18n.consultation", "i18n.contribution", "i18n.moderation",
            "i18n.exchange", "i18n.search", "i18n.convergence", "i18n.debate", "i18n.motion", "i18n.project");
    // Without this, a missing English key would fall back to the JVM's default locale, not to French.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = find(key, supported(locale));
        if (pattern == null) {
            // A visible marker, so a missing translation is caught by tests and reviewers, never a crash.
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    private static String find(String key, Locale locale) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // this feature has no bundle (yet)
            }
        }
        return null;
    }

    /** The closest supported locale: English for any English variant, French otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }
}
