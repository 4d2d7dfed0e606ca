package fr.convergences.convergence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.convergence.SynthesisDocumentService;
import fr.convergences.convergence.ThemeService;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/**
 * A consultation's synthesis: its published versions for everybody; for the editor (moderators, council admins) the
 * draft (title, framing, an introduction per theme), a preview of the document as it would be published, and publish.
 */
@Route("consultations/:id/synthese")
@Prototype
public class SynthesisView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SynthesisDocumentService documents;
    private final ThemeService themes;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final StatusMessage status = new StatusMessage();
    private final Div preview = new Div();
    private String title = "";
    private Actor actor = Actor.ANONYMOUS;
    private long consultationId;

    public SynthesisView(
            SynthesisDocumentService documents,
            ThemeService themes,
            ConsultationService consultations,
            CurrentUser currentUser) {
        this.documents = documents;
        this.themes = themes;
        this.consultations = consultations;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        consultationId = event.getRouteParameters().getLong("id").orElse(-1L);
        ConsultationDetails details = consultations.details(consultationId);
        actor = currentUser.actor();
        title = getTranslation("synthesis.page.title", details.consultation().title());
        status.setId("synthesis-status");
        add(new Anchor("consultations/" + consultationId, details.consultation().title()), new H1(title), status);
        add(new H2(getTranslation("synthesis.versions")));
        var versions = documents.versions(consultationId);
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("synthesis.versions.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("synthesis-versions");
            versions.forEach(version -> list.add(new ListItem(new Anchor(
                    "consultations/" + consultationId + "/synthese/" + version.number(),
                    getTranslation(
                            "synthesis.version.link",
                            version.number(),
                            version.title(),
                            fr.convergences.base.i18n.Messages.day(version.date(), getLocale()))))));
            add(list);
        }
        Anchor regionals = new Anchor("syntheses/regionales", getTranslation("synthesis.regional.list.link"));
        regionals.setId("synthesis-regionals");
        add(new Paragraph(regionals));
        if (documents.canEdit(actor, consultationId)) {
            editor();
        }
    }

    private void editor() {
        SynthesisDocumentService.Draft draft = documents.draft(actor, consultationId);
        add(new H2(getTranslation("synthesis.draft")), new Paragraph(getTranslation("synthesis.draft.help")));
        Anchor regional = new Anchor("syntheses/regionale", getTranslation("synthesis.regional.link"));
        regional.setId("synthesis-regional-link");
        add(new Paragraph(regional));
        SynthesisDraftFields fields = new SynthesisDraftFields(
                "synthesis",
                draft.title(),
                draft.framing(),
                themes.themes(consultationId).stream()
                        .map(theme -> new SynthesisDraftFields.Theme(
                                theme.key().toString(),
                                theme.key().isOther() ? null : theme.label(),
                                theme.key().toString().replace(':', '-')))
                        .toList(),
                draft.introductions());
        add(fields);
        Button save = new Button(getTranslation("synthesis.save"), click -> {
            if (save(fields)) {
                status.success(getTranslation("synthesis.saved"));
            }
        });
        save.setId("synthesis-save");
        Button show = new Button(getTranslation("synthesis.preview"), click -> {
            if (save(fields)) {
                preview.removeAll();
                preview.add(
                        new H2(getTranslation("synthesis.preview.badge")),
                        new SynthesisDocumentPanel(documents.preview(actor, consultationId, getLocale())));
                status.success(getTranslation("synthesis.previewed"));
            }
        });
        show.setId("synthesis-show-preview");
        Button publish = new Button(getTranslation("synthesis.publish"), click -> {
            if (save(fields)) {
                try {
                    int number = documents.publish(actor, consultationId);
                    getUI().ifPresent(ui -> ui.navigate("consultations/" + consultationId + "/synthese/" + number));
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            }
        });
        publish.setId("synthesis-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.setId("synthesis-preview");
        add(new Div(save, show, publish), preview);
    }

    private boolean save(SynthesisDraftFields fields) {
        try {
            documents.saveDraft(
                    actor,
                    consultationId,
                    new SynthesisDocumentService.Draft(fields.title(), fields.framing(), fields.introductions()));
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
