package fr.convergences.base.ui;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * Shows under a text area how many characters are left, updated in the browser at each key (no
 * round trip to the server), in the helper text that the field's label already points to.
 */
public final class CharactersLeft {

    private CharactersLeft() {}

    /** {@code messageKey} takes the number left as its parameter {0}. */
    public static void show(TextArea area, int maxLength, String messageKey) {
        area.setMaxLength(maxLength);
        area.setHelperText(
                area.getTranslation(messageKey, maxLength - area.getValue().length()));
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent() == null
                ? null
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        String language = locale == null ? "fr" : locale.getLanguage();
        // The count changes at every keystroke in the browser, so the text is chosen there too: the message's singular
        // and plural, each formatted by ICU on the server with its number turned back into a placeholder, and the
        // browser's own CLDR plural rules (Intl.PluralRules, the same rules as ICU: French 0 and 1 singular) pick one
        // of them.
        String one = area.getTranslation(messageKey, 1).replaceFirst("(?<!\\d)1(?!\\d)", "{0}");
        String other = area.getTranslation(messageKey, 2).replaceFirst("(?<!\\d)2(?!\\d)", "{0}");
        area.getElement().executeJs("""
                const one = $0, other = $1, max = $2, language = $3, rules = new Intl.PluralRules(language);
                const update = () => {
                    const left = max - (this.value || '').length;
                    this.helperText = (rules.select(left) === 'one' ? one : other).replace('{0}', left.toLocaleString(language));
                };
                this.addEventListener('input', update);
                this.addEventListener('value-changed', update);""", one, other, maxLength, language);
    }
}
