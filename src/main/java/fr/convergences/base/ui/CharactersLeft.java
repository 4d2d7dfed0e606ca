package fr.convergences.base.ui;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * Shows under a text area how many characters are left, updated in the browser at each key (no
 * round trip to the server), in the helper text that the field's label already points to.
 */
public final class CharactersLeft {

    private CharactersLeft() {
    }

    /** {@code messageKey} takes the number left as its parameter {0}. */
    public static void show(TextArea area, int maxLength, String messageKey) {
        area.setMaxLength(maxLength);
        String pattern = area.getTranslation(messageKey, "{0}");
        area.setHelperText(area.getTranslation(messageKey, maxLength - area.getValue().length()));
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? null : com.vaadin.flow.component.UI.getCurrent().getLocale();
        String language = locale == null ? "fr" : locale.getLanguage();
        area.getElement().executeJs("""
                const pattern = $0, max = $1, language = $2;
                const update = () => this.helperText = pattern.replace('{0}', (max - (this.value || '').length).toLocaleString(language));
                this.addEventListener('input', update);
                this.addEventListener('value-changed', update);""", pattern, maxLength, language);
    }
}
