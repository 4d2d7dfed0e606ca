package fr.convergences.territory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/** The home page: what the platform is for, and the territories with their councils. */
@Route("")
@Menu(order = 0, title = "nav.home")
@Prototype
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView(TerritoryService territoryService) {
        addClassName("prose");
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));
        add(new H2(getTranslation("home.territories")));
        List<TerritoryService.TerritoryCouncil> territories = territoryService.listTerritories();
        if (territories.isEmpty()) {
            add(new Paragraph(getTranslation("home.territories.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("territories");
        list.addClassName("card-list");
        territories.forEach(entry -> list.add(card(entry)));
        add(list);
    }

    private ListItem card(TerritoryService.TerritoryCouncil entry) {
        Territory territory = entry.territory();
        ListItem item = new ListItem();
        item.addClassName("card");
        // Text components escape what they show: names come from the database, never as HTML.
        Span name = new Span(territory.code() + " · " + territory.name());
        name.addClassName("card-title");
        item.add(name);
        entry.council().ifPresentOrElse(council -> {
            Anchor link = new Anchor("conseils/" + council.slug() + "/composition", council.name());
            link.addClassName("council-name");
            item.add(link);
        }, () -> item.add(new Span(getTranslation("home.council.none"))));
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
