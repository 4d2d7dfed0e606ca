package fr.convergences.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import fr.convergences.base.i18n.Messages;
import io.micronaut.context.annotation.Prototype;
import java.util.Locale;

/**
 * Offers the other language, written in that language ("English" / "Français"), as users expect.
 * The choice is remembered in a cookie and applies to the whole session.
 */
@Prototype
public class LanguageSwitch extends Button {

    public LanguageSwitch(LocalePreference localePreference) {
        Locale other = Messages.supported(UI.getCurrent().getLocale()).equals(Messages.ENGLISH)
                ? Messages.FRENCH
                : Messages.ENGLISH;
        setText(getTranslation(other, "language.switch"));
        getElement().setAttribute("lang", other.getLanguage());
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(event -> {
            localePreference.choose(other);
            UI.getCurrent().getPage().reload();
        });
    }
}
