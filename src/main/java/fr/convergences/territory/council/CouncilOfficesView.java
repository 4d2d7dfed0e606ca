package fr.convergences.territory.council;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.i18n.Messages;
import fr.convergences.identity.CurrentUser;
import fr.convergences.territory.Council;
import io.micronaut.context.annotation.Prototype;

/** The council's officers for its secretariat: bureau, admins and role holders, with the end of each one's mandate. */
@Route("conseils/:slug/fonctions")
@Prototype
public class CouncilOfficesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory directory;
    private final CouncilOffices offices;
    private final CurrentUser currentUser;
    private String title = "";

    public CouncilOfficesView(CouncilDirectory directory, CouncilOffices offices, CurrentUser currentUser) {
        this.directory = directory;
        this.offices = offices;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Council council =
                directory.bySlug(event.getRouteParameters().get("slug").orElse(""));
        title = getTranslation("territory.offices.title", council.name());
        Grid<CouncilOffices.Office> grid = new Grid<>();
        grid.setId("offices");
        grid.setAllRowsVisible(true);
        grid.addColumn(CouncilOffices.Office::personName)
                .setHeader(getTranslation("territory.offices.person"))
                .setAutoWidth(true);
        grid.addColumn(office -> getTranslation(office.labelKey()))
                .setHeader(getTranslation("territory.offices.office"))
                .setAutoWidth(true);
        grid.addColumn(office -> office.mandateEnds() == null
                        ? getTranslation("territory.offices.noMandate")
                        : Messages.day(office.mandateEnds(), getLocale()))
                .setHeader(getTranslation("territory.offices.ends"))
                .setAutoWidth(true);
        grid.setItems(offices.offices(currentUser.actor(), council.storedId()));
        add(
                new Anchor("conseils/" + council.slug() + "/administration", getTranslation("territory.offices.back")),
                new H1(title),
                grid);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
