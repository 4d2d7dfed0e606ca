package fr.convergences.debate.paperform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.CharactersLeft;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.Theme;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.mediation.AgeBand;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fast transcription screen: one form after another, from the keyboard alone, in the order of the paper form
 * (number, kind, title, text, themes, commune, age, consent). After each save the words are emptied, the kind and
 * commune kept, and the cursor goes back to the number; the number is checked (check digit, printed, never typed
 * in before) before anything is saved.
 */
public class TranscriptionForm extends Div {

    private final TextField number = new TextField();
    private final RadioButtonGroup<ContributionKind> kind = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final CheckboxGroup<Theme> themes = new CheckboxGroup<>();
    private final ComboBox<String> commune = new ComboBox<>();
    private final Select<AgeBand> ageBand = new Select<>();
    private final Checkbox consent = new Checkbox();
    private int saved;

    /** {@code numberRequired}: on paper only (a debate's screen also takes words said on the spot, without a number). */
    public TranscriptionForm(
            List<Theme> consultationThemes,
            Map<String, String> communes,
            boolean numberRequired,
            Function<Capture, Contribution> save) {
        addClassNames("narrow-form", "transcription-form");
        setId("transcription");
        StatusMessage status = new StatusMessage();
        status.setId("capture-status");
        Paragraph count = new Paragraph(getTranslation("debate.capture.count", 0));
        count.setId("capture-count");
        number.setLabel(getTranslation(numberRequired ? "debate.capture.number.required" : "debate.capture.number"));
        number.setHelperText(
                getTranslation(numberRequired ? "debate.capture.number.help" : "debate.capture.number.helpOptional"));
        number.setId("form-number");
        number.setAutofocus(true);
        number.setMaxLength(30);
        kind.setLabel(getTranslation("debate.capture.kind"));
        kind.setItems(ContributionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("contribution.kind." + value.name()));
        kind.setValue(ContributionKind.PROPOSAL);
        kind.setId("capture-kind");
        title.setLabel(getTranslation("debate.capture.title"));
        title.setMaxLength(Contribution.TITLE_MAX_LENGTH);
        title.setId("capture-title");
        body.setLabel(getTranslation("debate.capture.body"));
        body.setId("capture-body");
        CharactersLeft.show(body, Contribution.BODY_MAX_LENGTH, "debate.capture.body.left");
        themes.setLabel(getTranslation("debate.capture.themes"));
        themes.setItems(consultationThemes);
        themes.setItemLabelGenerator(Theme::name);
        themes.setId("capture-themes");
        commune.setLabel(getTranslation("debate.capture.commune"));
        commune.setItems(communes.keySet());
        commune.setItemLabelGenerator(code -> communes.getOrDefault(code, code));
        commune.setClearButtonVisible(true);
        commune.setId("capture-commune");
        ageBand.setLabel(getTranslation("debate.capture.ageBand"));
        ageBand.setItems(AgeBand.values());
        ageBand.setEmptySelectionAllowed(true);
        ageBand.setEmptySelectionCaption(getTranslation("contribution.mediation.ageBand.none"));
        ageBand.setItemLabelGenerator(band -> band == null
                ? getTranslation("contribution.mediation.ageBand.none")
                : getTranslation("contribution.ageBand." + band.name()));
        ageBand.setId("capture-age-band");
        consent.setLabel(getTranslation("debate.capture.consent"));
        consent.setId("capture-consent");
        Button submit = new Button(getTranslation("debate.capture.save"));
        submit.setId("capture-save");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            if (numberRequired && number.getValue().isBlank()) {
                status.error(new UserFacingException("debate.paper.number.format"));
                number.focus();
                return;
            }
            try {
                Contribution contribution = save.apply(new Capture(
                        number.getValue(),
                        new ContributionForm(
                                kind.getValue(),
                                title.getValue(),
                                body.getValue(),
                                themes.getValue().stream().map(Theme::id).collect(Collectors.toSet()),
                                commune.getValue()),
                        consent.getValue(),
                        ageBand.getValue()));
                saved++;
                status.success(
                        number.getValue().isBlank()
                                ? getTranslation("debate.capture.saved", contribution.title())
                                : getTranslation(
                                        "debate.capture.savedPaper",
                                        number.getValue().strip(),
                                        contribution.title()));
                count.setText(getTranslation("debate.capture.count", saved));
                number.clear();
                title.clear();
                body.clear();
                themes.clear();
                ageBand.clear();
                consent.clear();
                number.focus();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        add(status, count, number, kind, title, body, themes, commune, ageBand, consent, submit);
    }
}
