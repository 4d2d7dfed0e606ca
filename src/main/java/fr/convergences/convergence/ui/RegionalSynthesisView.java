package fr.convergences.convergence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.convergence.RegionalSynthesisService;
import fr.convergences.convergence.SynthesisDocumentService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A new regional synthesis: a platform admin, or whoever curates the convergences of several councils, picks
 * consultations of those councils, reads them as one document (each quote saying its council), and saves it as a draft
 * to write and publish on its own page.
 */
@Route("syntheses/regionale")
@Prototype
public class RegionalSynthesisView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RegionalSynthesisService regional;
    private final CurrentUser currentUser;
    private final StatusMessage status = new StatusMessage();
    private final Div preview = new Div();

    public RegionalSynthesisView(RegionalSynthesisService regional, CurrentUser currentUser) {
        this.regional = regional;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        preview.removeAll();
        Actor actor = currentUser.actor();
        status.setId("regional-status");
        add(
                new H1(getTranslation("synthesis.regional.title")),
                new Paragraph(getTranslation("synthesis.regional.intro")),
                status);
        List<RegionalSynthesisService.Choice> choices = regional.choices(actor);
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("synthesis.regional.none")));
            return;
        }
        MultiSelectComboBox<RegionalSynthesisService.Choice> picked =
                new MultiSelectComboBox<>(getTranslation("synthesis.regional.consultations"));
        picked.setId("regional-consultations");
        picked.setItems(choices);
        picked.setItemLabelGenerator(
                choice -> getTranslation("synthesis.regional.choice", choice.title(), choice.council()));
        picked.setWidthFull();
        TextField title = new TextField(getTranslation("synthesis.title"));
        title.setId("regional-title");
        title.setMaxLength(SynthesisDocumentService.TITLE_MAX_LENGTH);
        title.setWidthFull();
        TextArea framing = new TextArea(getTranslation("synthesis.framing"));
        framing.setId("regional-framing");
        framing.setMaxLength(SynthesisDocumentService.FRAMING_MAX_LENGTH);
        framing.setHelperText(getTranslation("synthesis.framing.help"));
        framing.setWidthFull();
        Button show = new Button(getTranslation("synthesis.preview"), click -> {
            try {
                List<Long> ids = picked.getValue().stream()
                        .sorted(Comparator.comparingLong(RegionalSynthesisService.Choice::consultationId))
                        .map(RegionalSynthesisService.Choice::consultationId)
                        .toList();
                var document = regional.preview(actor, ids, title.getValue(), framing.getValue(), getLocale());
                preview.removeAll();
                preview.add(new H2(document.title()), new SynthesisDocumentPanel(document));
                status.success(getTranslation("synthesis.previewed"));
            } catch (AccessDeniedException refusal) {
                preview.removeAll();
                status.error(getTranslation("synthesis.regional.denied"));
            } catch (UserFacingException refusal) {
                preview.removeAll();
                status.error(refusal);
            }
        });
        show.setId("regional-preview");
        Button save = new Button(getTranslation("synthesis.regional.create"), click -> {
            try {
                List<Long> ids = picked.getValue().stream()
                        .map(RegionalSynthesisService.Choice::consultationId)
                        .toList();
                long id = regional.create(
                        actor, new RegionalSynthesisService.Draft(ids, title.getValue(), framing.getValue(), Map.of()));
                getUI().ifPresent(ui -> ui.navigate("syntheses/regionales/" + id));
            } catch (AccessDeniedException refusal) {
                status.error(getTranslation("synthesis.regional.denied"));
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        save.setId("regional-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.setId("regional-document");
        add(picked, title, framing, new Div(show, save), preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("synthesis.regional.title") + " · " + getTranslation("app.name");
    }
}
