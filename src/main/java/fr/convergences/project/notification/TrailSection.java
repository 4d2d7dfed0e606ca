package fr.convergences.project.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import fr.convergences.contribution.ContributionPageSection;
import fr.convergences.identity.Actor;
import fr.convergences.identity.notification.FollowButton;
import fr.convergences.identity.notification.FollowedKind;
import fr.convergences.identity.notification.Follows;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * On a contribution's page: its public trail, each step linked (contribution → convergence → motion → vote → the
 * agency's reply → action → indicator), and the button to follow it.
 */
@Singleton
class TrailSection implements ContributionPageSection {

    private final TrailService trails;
    private final Follows follows;

    TrailSection(TrailService trails, Follows follows) {
        this.trails = trails;
        this.follows = follows;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> section(long contributionId, Actor viewer) {
        Div section = new Div();
        section.setId("contribution-follow-up");
        Trail trail = trails.trail(viewer, contributionId);
        if (!trail.isEmpty()) {
            OrderedList steps = new OrderedList();
            steps.setId("public-trail");
            steps.add(new ListItem(new Span(section.getTranslation("project.trail.step.contribution"))));
            if (trail.convergence() != null) {
                steps.add(step(
                        section, "trail-convergence", "project.trail.step.convergence", trail.convergence(), null));
            }
            for (Trail.MotionStep motion : trail.motions()) {
                ListItem item = step(
                        section,
                        "trail-motion",
                        "project.trail.step.motion",
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
                steps.add(item);
            }
            for (Trail.ActionStep action : trail.actions()) {
                steps.add(step(
                        section,
                        "trail-action",
                        "project.trail.step.action",
                        action.action(),
                        section.getTranslation("project.status." + action.status())));
                action.indicators()
                        .forEach(indicator -> steps.add(
                                step(section, "trail-indicator", "project.trail.step.indicator", indicator, null)));
            }
            section.add(new H2(section.getTranslation("project.trail.title")), steps);
        }
        section.add(new FollowButton(
                follows, viewer, FollowedKind.CONTRIBUTION, contributionId, "/contributions/" + contributionId));
        return Optional.of(section);
    }

    private static ListItem step(
            Div section, String className, String labelKey, Trail.Step step, @Nullable String after) {
        // Paths are relative to the site's root, as the other sections' links are.
        ListItem item = new ListItem(
                new Span(section.getTranslation(labelKey) + " "),
                new Anchor(step.path().substring(1), step.title()));
        item.addClassName(className);
        if (after != null) {
            item.add(new Span(" · " + after));
        }
        return item;
    }
}
