package fr.convergences.territory;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresPlatformAdmin;
import fr.convergences.identity.role.CouncilRoleService;
import io.micronaut.context.annotation.Prototype;

/** The platform admin's page: territories and councils, their communes, and their council admins. */
@Route("administration/territoires")
@Menu(order = 90, title = "territory.admin.nav")
@RequiresPlatformAdmin
@Prototype
public class TerritoryAdminView extends Div implements HasDynamicTitle {

    public TerritoryAdminView(
            TerritoryService territoryService,
            TerritoryAdminService admin,
            CouncilRoleService roles,
            CurrentUser currentUser) {
        addClassName("prose");
        add(new H1(getTranslation("territory.admin.title")));
        UnorderedList list = new UnorderedList();
        list.setId("admin-territories");
        territoryService
                .listTerritories()
                .forEach(entry -> list.add(new ListItem(entry.territory().code() + " · "
                        + entry.territory().name() + " (" + entry.territory().timeZone() + ") — "
                        + entry.council().map(Council::name).orElse(getTranslation("home.council.none")))));
        add(list);
        add(
                new H2(getTranslation("territory.admin.newTerritory")),
                new TerritoryForms.NewTerritory(admin, currentUser));
        add(
                new H2(getTranslation("territory.admin.newCouncil")),
                new TerritoryForms.NewCouncil(territoryService, admin, currentUser));
        add(
                new H2(getTranslation("territory.admin.communes")),
                new TerritoryForms.CommuneUpload(territoryService, admin, currentUser));
        add(
                new H2(getTranslation("territory.admin.appoint")),
                new TerritoryForms.AppointCouncilAdmin(territoryService, roles, currentUser));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("territory.admin.title") + " · " + getTranslation("app.name");
    }
}
