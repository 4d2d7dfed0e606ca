package fr.convergences.debate.paperform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.debate.DebateService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Printable paper contribution forms for a consultation: each batch gets new numbers (so no form is typed in twice),
 * and is downloaded as a PDF, one page per form; then the forms collected are typed in on the transcription screen.
 */
@Route("consultations/:id/formulaires")
@StyleSheet("styles/debate.css")
@Prototype
public class PaperFormsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PaperForms paperForms;
    private final DebateService debates;
    private final CurrentUser currentUser;

    public PaperFormsView(PaperForms paperForms, DebateService debates, CurrentUser currentUser) {
        this.paperForms = paperForms;
        this.debates = debates;
        this.currentUser = currentUser;
        addClassName("debate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        if (!paperForms.canIssue(actor, id)) {
            throw new AccessDeniedException(Action.ISSUE_PAPER_FORMS);
        }
        ConsultationDetails consultation = debates.consultation(id);
        StatusMessage status = new StatusMessage();
        status.setId("paper-status");
        IntegerField count = new IntegerField(getTranslation("debate.paper.field.count"));
        count.setId("paper-count");
        count.setValue(20);
        count.setHelperText(getTranslation("debate.paper.field.count.help", PaperFormBatch.MAX_COUNT));
        UnorderedList batches = new UnorderedList();
        batches.setId("paper-batches");
        paperForms.batches(actor, id).forEach(batch -> batches.add(new ListItem(download(actor, batch, getLocale()))));
        Button issue = new Button(getTranslation("debate.paper.issue"), click -> {
            try {
                PaperFormBatch batch = paperForms.issue(actor, id, count.getValue() == null ? 0 : count.getValue());
                Anchor pdf = download(actor, batch, getLocale());
                pdf.setId("paper-download");
                batches.addComponentAsFirst(new ListItem(pdf));
                status.success(getTranslation(
                        "debate.paper.issued",
                        batch.count(),
                        batch.first().printed(),
                        batch.last().printed()));
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        issue.setId("paper-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor transcribe = new Anchor(
                "consultations/" + id + "/formulaires/saisie", getTranslation("debate.paper.transcribeLink"));
        transcribe.setId("paper-transcribe-link");
        Div form = new Div(count, issue);
        form.addClassName("narrow-form");
        add(
                new H1(getTranslation("debate.paper.pageTitle")),
                new Anchor("consultations/" + id, consultation.consultation().title()),
                new Paragraph(getTranslation("debate.paper.intro")),
                status,
                form,
                new H2(getTranslation("debate.paper.batches")),
                batches,
                new Paragraph(transcribe));
    }

    private Anchor download(Actor actor, PaperFormBatch batch, Locale locale) {
        String name = "formulaires-" + batch.first().printed() + ".pdf";
        return new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] pdf = paperForms.pdf(actor, batch.id(), locale);
                    return new DownloadResponse(new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length);
                }),
                getTranslation(
                        "debate.paper.download",
                        batch.count(),
                        batch.first().printed(),
                        batch.last().printed()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.paper.pageTitle") + " · " + getTranslation("app.name");
    }
}
