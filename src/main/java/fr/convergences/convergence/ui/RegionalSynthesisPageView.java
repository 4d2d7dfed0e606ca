package fr.convergences.convergence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.convergence.RegionalSynthesisService;
import fr.convergences.convergence.SynthesisDocumentService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;

/**
 * A regional synthesis: its published versions for everybody; for its editors the draft (consultations, title,
 * framing, an introduction per theme), a preview of the document as it would be published, and publish, after a
 * confirmation since a version never changes.
 */
@Route("syntheses/regionales/:id")
@Prototype
public class RegionalSynthesisPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RegionalSynthesisService regional;
    private final CurrentUser currentUser;
    private final StatusMessage status = new StatusMessage();
    private final Div preview = new Div();
    private String title = "";
    private Actor actor = Actor.ANONYMOUS;
    private long id;

    public RegionalSynthesisPageView(RegionalSynthesisService regional, CurrentUser currentUser) {
        this.regional = regional;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        preview.removeAll();
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        actor = currentUser.actor();
        boolean editor = regional.canEdit(actor, id);
        List<SynthesisDocumentService.VersionSummary> versions = regional.versions(id);
        if (!editor && versions.isEmpty()) {
            throw new UserFacingException(
                    "synthesis.regional.unknown"); // the refusal page answers 404, as for an unknown id
        }
        title = getTranslation(
                "synthesis.regional.page.title",
                editor ? regional.draft(actor, id).title() : versions.getFirst().title());
        status.setId("regional-status");
        add(
                new Anchor("syntheses/regionales", getTranslation("synthesis.regional.all")),
                new H1(title),
                status,
                new H2(getTranslation("synthesis.versions")));
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("synthesis.versions.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("regional-versions");
            versions.forEach(version -> list.add(new ListItem(new Anchor(
                    "syntheses/regionales/" + id + "/v/" + version.number(),
                    getTranslation(
                            "synthesis.version.link",
                            version.number(),
                            version.title(),
                            Messages.day(version.date(), getLocale()))))));
            add(list);
        }
        if (editor) {
            editor(versions.isEmpty() ? 1 : versions.getFirst().number() + 1);
        }
    }

    private void editor(int next) {
        RegionalSynthesisService.Draft draft = regional.draft(actor, id);
        add(new H2(getTranslation("synthesis.draft")), new Paragraph(getTranslation("synthesis.regional.draft.help")));
        MultiSelectComboBox<RegionalSynthesisService.Choice> picked =
                new MultiSelectComboBox<>(getTranslation("synthesis.regional.consultations"));
        picked.setId("regional-consultations");
        List<RegionalSynthesisService.Choice> choices = regional.choices(actor);
        picked.setItems(choices);
        picked.setItemLabelGenerator(
                choice -> getTranslation("synthesis.regional.choice", choice.title(), choice.council()));
        picked.setValue(choices.stream()
                .filter(choice -> draft.consultations().contains(choice.consultationId()))
                .toList());
        picked.setWidthFull();
        List<SynthesisDraftFields.Theme> themes = new ArrayList<>();
        for (RegionalSynthesisService.Heading theme : regional.themes(actor, id)) {
            themes.add(new SynthesisDraftFields.Theme(theme.key(), theme.label(), String.valueOf(themes.size())));
        }
        SynthesisDraftFields fields =
                new SynthesisDraftFields("regional", draft.title(), draft.framing(), themes, draft.introductions());
        add(picked, fields);
        Button save = new Button(getTranslation("synthesis.save"), click -> {
            if (save(picked, fields)) {
                status.success(getTranslation("synthesis.saved"));
            }
        });
        save.setId("regional-save");
        Button show = new Button(getTranslation("synthesis.preview"), click -> {
            if (save(picked, fields)) {
                preview.removeAll();
                preview.add(
                        new H2(getTranslation("synthesis.preview.badge")),
                        new SynthesisDocumentPanel(regional.preview(actor, id, getLocale())));
                status.success(getTranslation("synthesis.previewed"));
            }
        });
        show.setId("regional-show-preview");
        Button publish = new Button(getTranslation("synthesis.publish"), click -> {
            if (save(picked, fields)) {
                Confirmation.ask(
                        getTranslation("synthesis.regional.publish.header", next),
                        getTranslation("synthesis.regional.publish.text", next),
                        getTranslation("synthesis.publish"),
                        getTranslation("synthesis.regional.publish.cancel"),
                        "regional-publish-confirm",
                        () -> {
                            try {
                                int number = regional.publish(actor, id);
                                Confirmation.show(getTranslation("synthesis.regional.published", number));
                                getUI().ifPresent(ui -> ui.navigate("syntheses/regionales/" + id + "/v/" + number));
                            } catch (UserFacingException refusal) {
                                status.error(refusal);
                            }
                        });
            }
        });
        publish.setId("regional-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.setId("regional-preview-document");
        add(new Div(save, show, publish), preview);
    }

    private boolean save(MultiSelectComboBox<RegionalSynthesisService.Choice> picked, SynthesisDraftFields fields) {
        try {
            regional.save(
                    actor,
                    id,
                    new RegionalSynthesisService.Draft(
                            picked.getValue().stream()
                                    .map(RegionalSynthesisService.Choice::consultationId)
                                    .toList(),
                            fields.title(),
                            fields.framing(),
                            fields.introductions()));
            return true;
        } catch (UserFacingException refusal) {
            status.error(refusal);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
