package fr.convergences.contribution;

import com.vaadin.flow.component.combobox.ComboBox;

import java.util.Map;

/**
 * The commune of a contribution: chosen by name among the communes the consultation concerns (or its territory's),
 * or typed as an INSEE code when the territory's communes are not loaded. The value is always the INSEE code.
 */
final class CommuneField {

    private CommuneField() {
    }

    static ComboBox<String> create(Map<String, String> communes) {
        ComboBox<String> field = new ComboBox<>();
        field.setLabel(field.getTranslation("identity.field.commune"));
        field.setHelperText(field.getTranslation(communes.isEmpty() ? "contribution.field.commune.help" : "contribution.field.commune.choose"));
        field.setItems(communes.keySet());
        field.setItemLabelGenerator(code -> communes.containsKey(code) ? communes.get(code) + " (" + code + ")" : code);
        field.setAllowCustomValue(true);
        field.setClearButtonVisible(true);
        field.addCustomValueSetListener(event -> field.setValue(event.getDetail().strip().toUpperCase()));
        field.setId("contribution-commune");
        return field;
    }
}
