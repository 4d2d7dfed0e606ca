package fr.convergences.contribution;

import com.vaadin.flow.component.combobox.ComboBox;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The commune of a contribution: chosen by name among the communes the consultation concerns (or its territory's),
 * or typed as an INSEE code when the territory's communes are not loaded. The value is always the INSEE code, but
 * people read and type names: the list shows names only, and typing ignores case and accents ("etamp" finds Étampes);
 * a name typed in full, or the start of only one name, is taken without picking it from the list.
 */
final class CommuneField {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private CommuneField() {}

    static ComboBox<String> create(Map<String, String> communes) {
        ComboBox<String> field = new ComboBox<>();
        field.setLabel(field.getTranslation(
                communes.isEmpty() ? "identity.field.commune" : "contribution.field.commune.name"));
        field.setHelperText(field.getTranslation(
                communes.isEmpty() ? "contribution.field.commune.help" : "contribution.field.commune.pick"));
        field.setItems((code, typed) -> matches(communes, code, typed), communes.keySet());
        field.setItemLabelGenerator(code -> communes.getOrDefault(code, code));
        field.setAllowCustomValue(true);
        field.setClearButtonVisible(true);
        field.addCustomValueSetListener(event -> field.setValue(resolve(communes, event.getDetail())));
        field.setId("contribution-commune");
        return field;
    }

    /** The commune's name contains the typed text, accents and case aside; or its code starts with it. */
    static boolean matches(Map<String, String> communes, String code, String typed) {
        String wanted = plain(typed);
        return wanted.isEmpty()
                || plain(communes.getOrDefault(code, "")).contains(wanted)
                || code.startsWith(typed.strip());
    }

    /** The code of the commune typed by name (in full, or the start of a single name), else the text as a code to check. */
    static String resolve(Map<String, String> communes, String typed) {
        String wanted = plain(typed);
        List<String> starting = communes.entrySet().stream()
                .filter(entry -> plain(entry.getValue()).startsWith(wanted))
                .map(Map.Entry::getKey)
                .toList();
        return communes.entrySet().stream()
                .filter(entry -> plain(entry.getValue()).equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(
                        !wanted.isEmpty() && starting.size() == 1
                                ? starting.getFirst()
                                : typed.strip().toUpperCase(Locale.ROOT));
    }

    /** Lower case, no accents, hyphens and apostrophes as spaces: "Saint-Michel-sur-Orge" and "saint michel" meet. */
    private static String plain(String text) {
        String folded = MARKS.matcher(
                        Normalizer.normalize(text.strip().toLowerCase(Locale.FRENCH), Normalizer.Form.NFD))
                .replaceAll("");
        return folded.replaceAll("[-'’]", " ").replaceAll("\\s+", " ");
    }
}
