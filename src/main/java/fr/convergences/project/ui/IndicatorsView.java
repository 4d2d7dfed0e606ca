package fr.convergences.project.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.identity.CurrentUser;
import fr.convergences.project.Dashboard;
import fr.convergences.project.IndicatorService;
import io.micronaut.context.annotation.Prototype;

/** A council's public indicators dashboard: for each indicator, its chart against the target and the table of its values. */
@Route("conseils/:slug/indicateurs")
@Prototype
public class IndicatorsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final IndicatorService indicators;
    private final CurrentUser currentUser;
    private String title = "";

    public IndicatorsView(IndicatorService indicators, CurrentUser currentUser) {
        this.indicators = indicators;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Dashboard dashboard = indicators.dashboard(
                currentUser.actor(), event.getRouteParameters().get("slug").orElse(""));
        title = getTranslation("project.dashboard.title", dashboard.councilName());
        add(
                new Anchor("conseils/" + dashboard.councilSlug() + "/projet", getTranslation("project.action.back")),
                new H1(title),
                new Paragraph(getTranslation("project.dashboard.intro")));
        if (dashboard.indicators().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("project.dashboard.none"));
            none.setId("indicators-none");
            add(none);
            return;
        }
        Div list = new Div();
        list.setId("indicators");
        dashboard.indicators().forEach(entry -> list.add(new IndicatorCard(entry, dashboard.communeNames())));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
