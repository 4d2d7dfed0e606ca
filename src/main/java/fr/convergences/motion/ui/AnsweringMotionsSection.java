package fr.convergences.motion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.contribution.ContributionPageSection;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionService;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** On a contribution's page: the published motions that answer it, so a resident can follow their idea to the vote. */
@Singleton
class AnsweringMotionsSection implements ContributionPageSection {

    private final MotionService motions;

    AnsweringMotionsSection(MotionService motions) {
        this.motions = motions;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> section(long contributionId, Actor viewer) {
        List<MotionService.MotionLink> links = motions.answering(contributionId);
        if (links.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        UnorderedList list = new UnorderedList();
        list.setId("answering-motions");
        links.forEach(link -> list.add(new ListItem(
                new Anchor(link.path(), link.title()),
                new Span(" (" + section.getTranslation(link.statusKey()) + ")"))));
        section.add(new H2(section.getTranslation("contribution.answeringMotions.title")), list);
        return Optional.of(section);
    }
}
