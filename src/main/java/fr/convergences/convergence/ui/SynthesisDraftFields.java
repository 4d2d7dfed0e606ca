package fr.convergences.convergence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.convergence.SynthesisDocumentService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The editor's own texts of a synthesis draft, the same for a council's synthesis and a regional one: the title, the
 * framing, and an introduction per theme, each limited to what the service accepts. Ids start with the page's prefix
 * ({@code synthesis}, {@code regional}), so each page keeps the addresses its tests and readers know.
 */
final class SynthesisDraftFields extends Div {

    /** A theme to introduce: its key in the draft, its label (null for "Autres propositions") and its field's id suffix. */
    record Theme(String key, @Nullable String label, String idSuffix) {}

    private final TextField title;
    private final TextArea framing;
    private final Map<String, TextArea> introductions = new LinkedHashMap<>();

    SynthesisDraftFields(
            String idPrefix,
            String titleText,
            String framingText,
            List<Theme> themes,
            Map<String, String> introductionTexts) {
        title = new TextField(getTranslation("synthesis.title"));
        title.setId(idPrefix + "-title");
        title.setMaxLength(SynthesisDocumentService.TITLE_MAX_LENGTH);
        title.setWidthFull();
        title.setValue(titleText);
        framing = new TextArea(getTranslation("synthesis.framing"));
        framing.setId(idPrefix + "-framing");
        framing.setMaxLength(SynthesisDocumentService.FRAMING_MAX_LENGTH);
        framing.setHelperText(getTranslation("synthesis.framing.help"));
        framing.setWidthFull();
        framing.setValue(framingText);
        add(title, framing);
        for (Theme theme : themes) {
            TextArea introduction = new TextArea(getTranslation(
                    "synthesis.introduction", theme.label() == null ? getTranslation("theme.other") : theme.label()));
            introduction.setId(idPrefix + "-introduction-" + theme.idSuffix());
            introduction.setMaxLength(SynthesisDocumentService.INTRODUCTION_MAX_LENGTH);
            introduction.setWidthFull();
            introduction.setValue(introductionTexts.getOrDefault(theme.key(), ""));
            introductions.put(theme.key(), introduction);
            add(introduction);
        }
    }

    String title() {
        return title.getValue();
    }

    String framing() {
        return framing.getValue();
    }

    /** Each theme's introduction as typed, by the theme's key. */
    Map<String, String> introductions() {
        Map<String, String> texts = new LinkedHashMap<>();
        introductions.forEach((key, area) -> texts.put(key, area.getValue()));
        return texts;
    }
}
