package fr.convergences.project.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.convergence.ConvergencePageSection;
import fr.convergences.identity.Actor;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * On a convergence's page: the council's decisions that answer it (with the vote's outcome and the agency's last reply)
 * and the projet's actions that answer it or one of those decisions (with their indicators), each linked; the way back
 * from a motion or an action to what it answers.
 */
@Singleton
class ConvergenceAnswersSection implements ConvergencePageSection {

    private final TrailService trails;

    ConvergenceAnswersSection(TrailService trails) {
        this.trails = trails;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> section(long convergenceId, Actor viewer) {
        Trail answers = trails.answersTo(convergenceId);
        Div section = new Div();
        section.setId("convergence-answers");
        section.add(new H2(section.getTranslation("project.convergence.answers.title")));
        if (answers.motions().isEmpty() && answers.actions().isEmpty()) {
            section.add(new Paragraph(section.getTranslation("project.convergence.answers.none")));
            return Optional.of(section);
        }
        if (!answers.motions().isEmpty()) {
            UnorderedList motions = new UnorderedList();
            motions.setId("convergence-motions");
            for (Trail.MotionStep motion : answers.motions()) {
                ListItem item = item(
                        motion.motion(),
                        section.getTranslation(
                                "project.trail.step.vote", section.getTranslation("motion.status." + motion.status())));
                if (motion.lastReplyOn() != null && motion.lastReplyKind() != null) {
                    item.add(new Span(" · "
                            + section.getTranslation(
                                    "project.trail.step.ars",
                                    TrailDates.of(motion.lastReplyOn()),
                                    section.getTranslation("motion.followUp.kind." + motion.lastReplyKind()))));
                }
                motions.add(item);
            }
            section.add(new Paragraph(section.getTranslation("project.convergence.answers.motions")), motions);
        }
        if (!answers.actions().isEmpty()) {
            UnorderedList actions = new UnorderedList();
            actions.setId("convergence-actions");
            for (Trail.ActionStep action : answers.actions()) {
                ListItem item = item(action.action(), section.getTranslation("project.status." + action.status()));
                action.indicators()
                        .forEach(indicator -> item.add(
                                new Span(" · " + section.getTranslation("project.trail.step.indicator") + " "),
                                link(indicator)));
                actions.add(item);
            }
            section.add(new Paragraph(section.getTranslation("project.convergence.answers.actions")), actions);
        }
        return Optional.of(section);
    }

    private static ListItem item(Trail.Step step, String after) {
        return new ListItem(link(step), new Span(" · " + after));
    }

    private static Anchor link(Trail.Step step) {
        // Paths are relative to the site's root, as the other sections' links are.
        return new Anchor(step.path().substring(1), step.title());
    }
}
