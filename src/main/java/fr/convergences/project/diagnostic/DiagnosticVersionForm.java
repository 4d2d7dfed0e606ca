package fr.convergences.project.diagnostic;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import fr.convergences.base.StoredId;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.project.VersionStatus;

/**
 * The version's course: the draft is adopted by one of the council's adopted délibérations, the adopted version is
 * published (asked first: the public reads it at once and it never changes), and a published one gives way to the next.
 */
class DiagnosticVersionForm extends Div {

    DiagnosticVersionForm(
            DiagnosticService diagnostics,
            MotionService motions,
            Actor actor,
            long councilId,
            DiagnosticDetails.Shown shown,
            StatusMessage status) {
        addClassName("narrow-form");
        long diagnosticId = shown.diagnostic().storedId();
        add(new H2(getTranslation("diagnostic.admin.versionHeading")));
        if (shown.version().status() == VersionStatus.DRAFT) {
            Select<Motion> motion = new Select<>();
            motion.setLabel(getTranslation("diagnostic.admin.adoptMotion"));
            motion.setItems(motions.decisions(actor, councilId).stream()
                    .filter(m -> m.kind() == MotionKind.DELIBERATION && m.status() == MotionStatus.ADOPTED)
                    .toList());
            motion.setItemLabelGenerator(Motion::title);
            motion.setId("diagnostic-adopt-motion");
            add(
                    motion,
                    Forms.button(
                            getTranslation("diagnostic.admin.adopt"),
                            "diagnostic-adopt",
                            status,
                            () -> diagnostics.adopt(
                                    actor,
                                    diagnosticId,
                                    motion.getValue() == null
                                            ? -1
                                            : StoredId.of(motion.getValue().id()))));
        } else if (shown.version().status() == VersionStatus.ADOPTED) {
            com.vaadin.flow.component.button.Button ask = new com.vaadin.flow.component.button.Button(
                    getTranslation("diagnostic.admin.publish"),
                    click -> Confirmation.ask(
                            getTranslation("diagnostic.admin.publishHeader"),
                            getTranslation(
                                    "diagnostic.admin.publishText",
                                    shown.version().number()),
                            getTranslation("diagnostic.admin.publish"),
                            getTranslation("diagnostic.admin.cancel"),
                            "diagnostic-publish-confirm",
                            () -> Forms.run(status, () -> diagnostics.publish(actor, diagnosticId))));
            ask.setId("diagnostic-publish");
            add(ask);
        } else {
            add(Forms.button(
                    getTranslation("diagnostic.admin.newVersion"),
                    "diagnostic-new-version",
                    status,
                    () -> diagnostics.newVersion(actor, diagnosticId)));
        }
    }
}
