package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.convergence.StoredConvergence;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.Permissions;
import fr.convergences.motion.application.ConvergenceCatalogue;
import fr.convergences.motion.application.MotionDetails;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A council admin drafts a motion: kind, title, text and reasons (Markdown), options for an arbitration,
 * attachments as links, and the consultation whose convergences and contributions it answers.
 */
@Route("conseils/:slug/motions/nouvelle")
@Prototype
public class MotionFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory directory;
    private final MotionService motions;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final ConvergenceCatalogue catalogue;

    public MotionFormView(
            CouncilDirectory directory,
            MotionService motions,
            CurrentUser currentUser,
            Permissions permissions,
            ConvergenceCatalogue catalogue) {
        this.directory = directory;
        this.motions = motions;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.catalogue = catalogue;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Council council =
                directory.bySlug(event.getRouteParameters().get("slug").orElse(""));
        long councilId = StoredId.of(council.id());
        Actor actor = currentUser.actor();
        // ?proposer: a member tables a motion to the bureau (?amende=id: an amendment to that motion); otherwise the
        // secretariat drafts.
        var query = event.getLocation().getQueryParameters();
        boolean tabling = query.getParameters().containsKey("proposer");
        Long amends = query.getSingleParameter("amende")
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .orElse(null);
        permissions.require(actor, tabling ? Action.TABLE_MOTION : Action.DRAFT_MOTION, councilId);
        H1 heading = new H1(getTranslation(tabling ? "motion.table.heading" : "motion.form.heading"));
        if (tabling && amends != null) {
            heading.setText(getTranslation(
                    "motion.table.amendHeading",
                    motions.page(actor, amends).motion().title()));
        }
        add(heading);
        StatusMessage status = new StatusMessage();
        status.setId("motion-form-status");
        Select<MotionKind> kind = new Select<>();
        kind.setLabel(getTranslation("motion.form.kind"));
        kind.setItems(MotionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("motion.kind." + value.name()));
        kind.setValue(MotionKind.AVIS);
        kind.setId("motion-kind");
        TextField title = new TextField(getTranslation("motion.form.title"));
        title.setMaxLength(Motion.TITLE_MAX_LENGTH);
        title.setHelperText(getTranslation("motion.form.max", Motion.TITLE_MAX_LENGTH));
        title.setId("motion-title");
        TextArea body = new TextArea(getTranslation("motion.form.body"));
        body.setMaxLength(Motion.TEXT_MAX_LENGTH);
        body.setHelperText(getTranslation("motion.form.markdown", Motion.TEXT_MAX_LENGTH));
        body.setId("motion-body");
        TextArea reasons = new TextArea(getTranslation("motion.form.reasons"));
        reasons.setMaxLength(Motion.TEXT_MAX_LENGTH);
        reasons.setHelperText(getTranslation("motion.form.markdown", Motion.TEXT_MAX_LENGTH));
        reasons.setId("motion-reasons");
        TextArea options = new TextArea(getTranslation("motion.form.options"));
        options.setHelperText(getTranslation("motion.form.options.help", Motion.MAX_OPTIONS));
        options.setId("motion-options");
        options.setVisible(false);
        kind.addValueChangeListener(change -> options.setVisible(
                change.getValue() != null && change.getValue().hasOptions()));
        TextArea attachments = new TextArea(getTranslation("motion.form.attachments"));
        attachments.setHelperText(getTranslation("motion.form.attachments.help"));
        attachments.setId("motion-attachments");
        Select<MotionDetails.Link> consultation = new Select<>();
        consultation.setLabel(getTranslation("motion.form.consultation"));
        consultation.setItems(motions.consultations(councilId));
        consultation.setItemLabelGenerator(link -> link == null ? "" : link.title());
        consultation.setEmptySelectionAllowed(true);
        consultation.setId("motion-consultation");
        MultiSelectComboBox<MotionDetails.Link> contributions =
                new MultiSelectComboBox<>(getTranslation("motion.form.contributions"));
        contributions.setItemLabelGenerator(link -> "#" + link.id() + " " + link.title());
        contributions.setId("motion-contributions");
        MultiSelectComboBox<ConvergenceCatalogue.ConvergenceRef> convergences =
                new MultiSelectComboBox<>(getTranslation("motion.form.convergences"));
        convergences.setItemLabelGenerator(ConvergenceCatalogue.ConvergenceRef::title);
        convergences.setId("motion-convergences");
        consultation.addValueChangeListener(change -> {
            contributions.clear();
            convergences.clear();
            contributions.setItems(
                    change.getValue() == null
                            ? List.of()
                            : motions.contributionsOf(change.getValue().id()));
            convergences.setItems(
                    change.getValue() == null
                            ? List.of()
                            : motions.convergencesOf(change.getValue().id()));
        });
        // ?modifier=id: the same form edits a motion before its vote (a duplicate lands here too).
        Long editing = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("modifier")
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .orElse(null);
        if (editing != null && !tabling) {
            MotionForm current = motions.form(actor, editing);
            kind.setValue(current.kind());
            title.setValue(current.title());
            body.setValue(current.body());
            reasons.setValue(current.reasons());
            options.setValue(String.join("\n", current.options()));
            attachments.setValue(String.join(
                    "\n",
                    current.attachments().stream()
                            .map(link -> link.label() + " | " + link.url())
                            .toList()));
            consultation
                    .getListDataView()
                    .getItems()
                    .filter(link -> current.consultationId() != null && link.id() == current.consultationId())
                    .findFirst()
                    .ifPresent(link -> {
                        consultation.setValue(link);
                        contributions
                                .getListDataView()
                                .getItems()
                                .filter(item -> current.contributionIds().contains(item.id()))
                                .forEach(contributions::select);
                        convergences
                                .getListDataView()
                                .getItems()
                                .filter(ref -> current.convergenceIds().contains(ref.id()))
                                .forEach(convergences::select);
                    });
            heading.setText(getTranslation("motion.form.editHeading"));
        }
        Button save = new Button(getTranslation("motion.form.save"), click -> {
            try {
                MotionForm form = new MotionForm(
                        consultation.getValue() == null
                                ? null
                                : consultation.getValue().id(),
                        kind.getValue(),
                        title.getValue(),
                        body.getValue(),
                        reasons.getValue(),
                        lines(options.getValue()),
                        lines(attachments.getValue()).stream()
                                .map(MotionFormView::attachment)
                                .toList(),
                        contributions.getValue().stream()
                                .map(MotionDetails.Link::id)
                                .collect(Collectors.toSet()),
                        convergences.getValue().stream()
                                .map(ConvergenceCatalogue.ConvergenceRef::id)
                                .collect(Collectors.toSet()));
                Motion motion = tabling
                        ? motions.table(actor, councilId, form, amends)
                        : editing == null
                                ? motions.draft(actor, councilId, form)
                                : motions.update(actor, editing, form);
                UI.getCurrent().navigate("motions/" + motion.id());
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("motion-save");
        answering(event, consultation, convergences, title);
        Div form = new Div(
                status,
                kind,
                title,
                body,
                reasons,
                options,
                attachments,
                consultation,
                convergences,
                contributions,
                save);
        form.addClassName("narrow-form");
        add(form);
    }

    /**
     * "Propose as a motion" from a confirmed convergence (?convergence=id): its consultation and the convergence are
     * chosen and its label starts the title. An unknown, unconfirmed or other council's convergence is ignored.
     */
    private void answering(
            BeforeEnterEvent event,
            Select<MotionDetails.Link> consultation,
            MultiSelectComboBox<ConvergenceCatalogue.ConvergenceRef> convergences,
            TextField title) {
        Optional<StoredConvergence> answered = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("convergence")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> catalogue.confirmedById(Long.parseLong(id)));
        answered.ifPresent(convergence -> consultation
                .getListDataView()
                .getItems()
                .filter(link -> link.id() == convergence.consultationId())
                .findFirst()
                .ifPresent(link -> {
                    consultation.setValue(link); // fills the convergences and contributions of that consultation
                    convergences
                            .getListDataView()
                            .getItems()
                            .filter(ref -> ref.id() == StoredId.of(convergence.id()))
                            .forEach(convergences::select);
                    title.setValue(convergence.label());
                }));
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\n"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    /** "Label | https://…" or just the address. */
    static MotionForm.AttachmentLink attachment(String line) {
        int bar = line.lastIndexOf('|');
        return bar < 0
                ? new MotionForm.AttachmentLink(null, line)
                : new MotionForm.AttachmentLink(
                        line.substring(0, bar), line.substring(bar + 1).strip());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("motion.form.heading") + " · " + getTranslation("app.name");
    }
}
