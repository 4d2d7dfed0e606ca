package fr.convergences.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Every text shown to users, French first and English second, from {@code i18n/messages*.properties}.
 * Vaadin views reach it through {@code getTranslation}; services use it for localised error messages.
 *
 * <p>Patterns are ICU4J {@link MessageFormat}s: CLDR plural rules ({@code {0, plural, one {# place} other {# places}}},
 * where French counts 0 and 1 as singular), {@code selectordinal} for "1er", French numbers ("0,37") and dates and
 * time-zone names in words from a {@link ZonedDateTime} argument ({@code {0,date,vvvv}}). Two rules that differ from
 * {@code java.text.MessageFormat}: arguments are numbered, never named (Vaadin passes an array, and ICU refuses an array
 * for a pattern with named arguments: the earlier "ICU plural fails at runtime"), and a lone apostrophe is plain text
 * unless it comes before a brace or {@code #} (ICU's DOUBLE_OPTIONAL mode). {@code MessagesBundleScanTest} checks both.
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
            "i18n.messages",
            "i18n.identity",
            "i18n.audit",
            "i18n.notification",
            "i18n.territory",
            "i18n.territory-admin",
            "i18n.organisation",
            "i18n.consultation",
            "i18n.contribution",
            "i18n.moderation",
            "i18n.exchange",
            "i18n.search",
            "i18n.convergence",
            "i18n.debate",
            "i18n.motion",
            "i18n.project");
    // Without this, a missing English key would fall back to the JVM's default locale, not to French.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return format(key, locale, params);
    }

    /** The same as {@link #getTranslation}, for code that has a locale but no {@code Messages} instance. */
    public static String format(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        String pattern = find(key, supported);
        if (pattern == null) {
            // A visible marker, so a missing translation is caught by tests and reviewers, never a crash.
            return "!" + key + "!";
        }
        // Every pattern goes through the formatter, with or without arguments, so that quoting reads the same
        // everywhere.
        return new MessageFormat(pattern, ULocale.forLocale(supported)).format(params);
    }

    /** A day in words: "1er février 2027", "14 mars 2027"; "February 1, 2027" in English. */
    public static String day(LocalDate date, Locale locale) {
        return format("date.day", locale, date.getDayOfMonth(), date.atStartOfDay(java.time.ZoneOffset.UTC));
    }

    /** A moment in its own time zone, with the zone's name in words: "1er février 2027 à 18:30 (heure d’Europe centrale)". */
    public static String moment(ZonedDateTime moment, Locale locale) {
        return format("date.moment", locale, moment.getDayOfMonth(), moment);
    }

    /**
     * A moment in its own time zone without the zone's name, for a page or a sentence that names the zone once:
     * "1er février 2027 à 18:30"; "February 1, 2027 at 6:30 PM".
     */
    public static String dayAndTime(ZonedDateTime moment, Locale locale) {
        return format("date.dayAndTime", locale, moment.getDayOfMonth(), moment);
    }

    /** The hour alone, in the moment's own time zone: "18:30"; "6:30 PM". */
    public static String time(ZonedDateTime moment, Locale locale) {
        return format("date.time", locale, moment);
    }

    /**
     * A compact moment to the second, in the reader's conventions, for tables where rows are compared at a glance (the
     * audit log): "01/02/2027 18:30:05"; "2/1/2027, 6:30:05 PM".
     */
    public static String stamp(ZonedDateTime moment, Locale locale) {
        return format("date.stamp", locale, moment);
    }

    /**
     * A time zone's name in words, "heure d’Europe centrale", "heure de La Réunion", never "Europe/Paris". Taken at a
     * fixed recent moment: the generic name does not change with summer time, and a fixed moment keeps views free of clocks.
     */
    public static String zone(java.time.ZoneId zone, Locale locale) {
        return format("date.zone", locale, ZonedDateTime.of(2026, 1, 15, 12, 0, 0, 0, zone));
    }

    static @Nullable String find(String key, Locale locale) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle =
                        ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(), NO_FALLBACK);
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

    /** The locale an address asks for with {@code ?lang=}: French when it asks for none. */
    public static Locale requested(@Nullable String lang) {
        return supported(lang == null ? FRENCH : Locale.forLanguageTag(lang));
    }
}
