package fr.convergences.contribution.moderation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import fr.convergences.base.ui.NavbarItem;
import fr.convergences.identity.CurrentUser;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * In the top bar, for those who moderate: the way to their council's moderation queue, which no menu led to before
 * (moderators had to know its address). One entry per council they moderate, named after it when there are several.
 */
@Singleton
class ModerationMenu implements NavbarItem {

    private final ModerationQueue queue;
    private final CurrentUser currentUser;

    ModerationMenu(ModerationQueue queue, CurrentUser currentUser) {
        this.queue = queue;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        // After the notifications bell (50), before the account menu (100).
        return 80;
    }

    @Override
    public Component create() {
        Div menu = new Div();
        menu.addClassName("moderation-menu");
        List<ModerationQueue.ModeratedCouncil> councils = queue.moderatedCouncils(currentUser.actor());
        for (ModerationQueue.ModeratedCouncil council : councils) {
            Anchor link = new Anchor(
                    "conseils/" + council.slug() + "/moderation",
                    councils.size() == 1
                            ? menu.getTranslation("moderation.menu")
                            : menu.getTranslation("moderation.menu.council", council.name()));
            link.setId("menu-moderation-" + council.slug());
            menu.add(link);
        }
        if (!councils.isEmpty()) {
            // Debates proposed by organisers wait for a moderator's approval at the top of the debates page.
            Anchor debates = new Anchor("debats#pending-debates", menu.getTranslation("moderation.menu.debates"));
            debates.setId("menu-debates-to-approve");
            menu.add(debates);
        }
        menu.setVisible(!councils.isEmpty());
        return menu;
    }
}
