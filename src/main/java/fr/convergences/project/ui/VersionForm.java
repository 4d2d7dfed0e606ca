package fr.convergences.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.project.HealthProject;
import fr.convergences.project.ProjectService;
import fr.convergences.project.ProjectVersion;
import fr.convergences.project.VersionStatus;

/** Records the draft's adoption by one of the council's adopted délibérations, then publishes the adopted version. */
class VersionForm extends Div {

    VersionForm(
            ProjectService projects,
            MotionService motions,
            Actor actor,
            long councilId,
            HealthProject project,
            ProjectVersion version,
            StatusMessage status) {
        addClassName("narrow-form");
        add(new H2(project.title()));
        long projectId = StoredId.of(project.id());
        if (version.status() == VersionStatus.DRAFT) {
            Select<Motion> motion = new Select<>();
            motion.setLabel(getTranslation("project.admin.adoptMotion"));
            motion.setItems(motions.decisions(actor, councilId).stream()
                    .filter(m -> m.kind() == MotionKind.DELIBERATION && m.status() == MotionStatus.ADOPTED)
                    .toList());
            motion.setItemLabelGenerator(Motion::title);
            motion.setId("project-adopt-motion");
            Button adopt = new Button(
                    getTranslation("project.admin.adopt"),
                    click -> run(
                            status,
                            () -> projects.adopt(
                                    actor,
                                    projectId,
                                    motion.getValue() == null
                                            ? -1
                                            : StoredId.of(motion.getValue().id()))));
            adopt.setId("project-adopt");
            add(motion, adopt);
        } else if (version.status() == VersionStatus.ADOPTED) {
            Button publish = new Button(
                    getTranslation("project.admin.publish"),
                    click -> run(status, () -> projects.publish(actor, projectId)));
            publish.setId("project-publish");
            add(publish);
        }
    }

    private static void run(StatusMessage status, Runnable change) {
        try {
            change.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
