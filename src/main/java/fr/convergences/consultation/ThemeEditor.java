package fr.convergences.consultation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import java.util.List;

/** The consultation's themes: rename each, remove an unused one, add one. */
class ThemeEditor extends Div {

    private final StatusMessage status;

    ThemeEditor(
            ConsultationService consultations,
            Actor actor,
            long consultationId,
            List<Theme> themes,
            StatusMessage status) {
        this.status = status;
        setId("theme-editor");
        UnorderedList list = new UnorderedList();
        for (Theme theme : themes) {
            TextField name = new TextField(getTranslation("consultation.themes.name"), theme.name(), "");
            name.setMaxLength(Theme.NAME_MAX_LENGTH);
            name.setId("theme-name-" + theme.id());
            Button rename = new Button(
                    getTranslation("consultation.themes.rename"),
                    click -> act(() -> consultations.renameTheme(actor, theme.storedId(), name.getValue())));
            rename.setId("theme-rename-" + theme.id());
            rename.setAriaLabel(getTranslation("consultation.themes.renameOne", theme.name()));
            Button remove = new Button(
                    getTranslation("consultation.themes.remove"),
                    click -> act(() -> consultations.removeTheme(actor, theme.storedId())));
            remove.setId("theme-remove-" + theme.id());
            remove.setAriaLabel(getTranslation("consultation.themes.removeOne", theme.name()));
            ListItem item = new ListItem(name, rename, remove);
            item.addClassName("inline-form");
            list.add(item);
        }
        TextField added = new TextField(getTranslation("consultation.themes.new"));
        added.setMaxLength(Theme.NAME_MAX_LENGTH);
        added.setId("theme-new");
        Button add = new Button(
                getTranslation("consultation.themes.add"),
                click -> act(() -> consultations.addTheme(actor, consultationId, added.getValue())));
        add.setId("theme-add");
        Div adding = new Div(added, add);
        adding.addClassName("inline-form");
        add(list, adding);
    }

    private void act(Runnable change) {
        try {
            change.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
