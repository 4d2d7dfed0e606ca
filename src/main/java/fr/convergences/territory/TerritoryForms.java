package fr.convergences.territory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.role.CouncilRoleService;
import java.util.List;

/** The forms of the platform admin's page, one small component each. */
final class TerritoryForms {

    /** Time zones of metropolitan France and the overseas territories, which are not on Paris time. */
    static final List<String> FRENCH_TIME_ZONES = List.of(
            "Europe/Paris",
            "America/Guadeloupe",
            "America/Martinique",
            "America/Cayenne",
            "Indian/Reunion",
            "Indian/Mayotte",
            "America/Miquelon",
            "Pacific/Noumea",
            "Pacific/Tahiti",
            "Pacific/Wallis");

    private TerritoryForms() {}

    static final class NewTerritory extends Div {
        NewTerritory(TerritoryAdminService admin, CurrentUser currentUser) {
            addClassName("narrow-form");
            TextField code = new TextField(getTranslation("territory.admin.field.code"));
            code.setId("territory-code");
            code.setHelperText(getTranslation("territory.admin.field.code.help"));
            TextField name = new TextField(getTranslation("territory.admin.field.name"));
            name.setId("territory-name");
            Select<String> zone = new Select<>();
            zone.setLabel(getTranslation("territory.admin.field.timeZone"));
            zone.setItems(FRENCH_TIME_ZONES);
            zone.setValue("Europe/Paris");
            zone.setId("territory-zone");
            StatusMessage status = new StatusMessage();
            Button create = new Button(
                    getTranslation("territory.admin.create"),
                    event -> run(status, () -> {
                        admin.createTerritory(currentUser.actor(), code.getValue(), name.getValue(), zone.getValue());
                        UI.getCurrent().getPage().reload();
                    }));
            create.setId("territory-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(status, code, name, zone, create);
        }
    }

    static final class NewCouncil extends Div {
        NewCouncil(TerritoryService territories, TerritoryAdminService admin, CurrentUser currentUser) {
            addClassName("narrow-form");
            ComboBox<Territory> territory = territoryChoice(territories);
            territory.setId("council-territory");
            TextField name = new TextField(getTranslation("territory.admin.field.councilName"));
            name.setId("council-name");
            TextField slug = new TextField(getTranslation("territory.admin.field.slug"));
            slug.setHelperText(getTranslation("territory.admin.field.slug.help"));
            slug.setId("council-slug");
            StatusMessage status = new StatusMessage();
            Button create = new Button(
                    getTranslation("territory.admin.create"),
                    event -> run(status, () -> {
                        if (territory.getValue() == null) {
                            throw new UserFacingException("territory.admin.territory.unknown");
                        }
                        admin.createCouncil(
                                currentUser.actor(), territory.getValue().storedId(), name.getValue(), slug.getValue());
                        UI.getCurrent().getPage().reload();
                    }));
            create.setId("council-create");
            add(status, territory, name, slug, create);
        }
    }

    static final class CommuneUpload extends Div {
        CommuneUpload(TerritoryService territories, TerritoryAdminService admin, CurrentUser currentUser) {
            addClassName("narrow-form");
            ComboBox<Territory> territory = territoryChoice(territories);
            territory.setId("communes-territory");
            StatusMessage status = new StatusMessage();
            UnorderedList rejected = new UnorderedList();
            var actor = currentUser.actor();
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
                rejected.removeAll();
                run(status, () -> {
                    if (territory.getValue() == null) {
                        throw new UserFacingException("territory.admin.territory.unknown");
                    }
                    CommuneImport result =
                            admin.importCommunes(actor, territory.getValue().storedId(), bytes);
                    status.success(getTranslation(
                            "territory.admin.communes.done",
                            result.saved(),
                            result.rejected().size()));
                    result.rejected()
                            .forEach(row -> rejected.add(new ListItem(getTranslation(
                                    "territory.admin.communes.line",
                                    row.line(),
                                    row.value(),
                                    getTranslation(row.messageKey())))));
                });
            })));
            upload.setAcceptedFileTypes(".csv", "text/csv");
            upload.setMaxFileSize(5 * 1024 * 1024);
            upload.setId("communes-upload");
            add(
                    new com.vaadin.flow.component.html.Paragraph(getTranslation("territory.admin.communes.help")),
                    territory,
                    upload,
                    status,
                    rejected);
        }
    }

    static final class AppointCouncilAdmin extends Div {
        AppointCouncilAdmin(TerritoryService territories, CouncilRoleService roles, CurrentUser currentUser) {
            addClassName("narrow-form");
            ComboBox<TerritoryService.TerritoryCouncil> council =
                    new ComboBox<>(getTranslation("territory.admin.field.council"));
            council.setItems(territories.listTerritories().stream()
                    .filter(entry -> entry.council().isPresent())
                    .toList());
            council.setItemLabelGenerator(
                    entry -> entry.council().map(Council::name).orElse(""));
            council.setId("appoint-council");
            EmailField email = new EmailField(getTranslation("identity.field.email"));
            email.setId("appoint-email");
            StatusMessage status = new StatusMessage();
            Button appoint = new Button(
                    getTranslation("territory.admin.appoint.submit"),
                    event -> run(status, () -> {
                        if (council.getValue() == null) {
                            throw new UserFacingException("territory.admin.territory.unknown");
                        }
                        roles.grantByEmail(
                                currentUser.actor(),
                                council.getValue().council().orElseThrow().storedId(),
                                email.getValue(),
                                CouncilRole.COUNCIL_ADMIN);
                        status.success(getTranslation("territory.admin.appoint.done"));
                    }));
            appoint.setId("appoint-submit");
            add(status, council, email, appoint);
        }
    }

    private static ComboBox<Territory> territoryChoice(TerritoryService territories) {
        ComboBox<Territory> territory = new ComboBox<>();
        territory.setLabel(territory.getTranslation("territory.admin.field.territory"));
        territory.setItems(territories.listTerritories().stream()
                .map(TerritoryService.TerritoryCouncil::territory)
                .toList());
        territory.setItemLabelGenerator(item -> item.code() + " · " + item.name());
        return territory;
    }

    /** Runs a use case and shows its refusal, if any, in the form's message. */
    private static void run(StatusMessage status, Runnable useCase) {
        try {
            status.clear();
            useCase.run();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }
}
