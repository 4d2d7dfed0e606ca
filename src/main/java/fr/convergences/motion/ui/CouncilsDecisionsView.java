package fr.convergences.motion.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.convergences.territory.TerritoryService;
import io.micronaut.context.annotation.Prototype;

/** The way in from the menu: each council, leading to its decisions and sittings. */
@Route("decisions")
@Menu(order = 20, title = "motion.nav")
@Prototype
public class CouncilsDecisionsView extends Div implements HasDynamicTitle {

    public CouncilsDecisionsView(TerritoryService territories) {
        addClassName("prose");
        add(new H1(getTranslation("motion.nav.title")));
        UnorderedList list = new UnorderedList();
        list.setId("council-decisions");
        territories
                .listTerritories()
                .forEach(entry -> entry.council()
                        .ifPresent(council -> list.add(new ListItem(
                                new Anchor("conseils/" + council.slug() + "/decisions", council.name())))));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("motion.nav.title") + " · " + getTranslation("app.name");
    }
}
