package fr.convergences.identity.profile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Messages;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresSignIn;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The person's profile, the download of their data, and the deletion of their account. */
@Route("profil")
@RequiresSignIn
@Prototype
public class ProfileView extends Div implements HasDynamicTitle {

    public ProfileView(ProfileService profiles, AccountService accountService, CurrentUser currentUser) {
        addClassName("narrow-form");
        Actor actor = currentUser.actor();
        Account account = currentUser.account().orElseThrow(() -> new AccessDeniedException(Action.EDIT_OWN_PROFILE));
        TextField displayName = field("identity.field.displayName", "profile-display-name", account.displayName());
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        TextField commune = field("identity.field.commune", "profile-commune", account.communeInsee());
        commune.setHelperText(getTranslation("identity.field.commune.help"));
        TextField realName = field("identity.field.realName", "profile-real-name", account.realName());
        realName.setHelperText(getTranslation("identity.field.realName.help"));
        realName.setMaxLength(Account.REAL_NAME_MAX_LENGTH);
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("identity.field.language"));
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(Locale.forLanguageTag(account.locale()));
        StatusMessage status = new StatusMessage();
        Button save = new Button(getTranslation("identity.profile.save"), event -> {
            try {
                profiles.updateProfile(
                        actor,
                        new ProfileChange(
                                displayName.getValue(), commune.getValue(), realName.getValue(), language.getValue()));
                status.success(getTranslation("identity.profile.saved"));
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("identity.profile.title")), status, displayName, commune, realName, language, save);

        if (account.passwordHash() != null) {
            add(
                    new H2(getTranslation("identity.password.change.title")),
                    new ChangePasswordForm(accountService, currentUser, actor));
        }

        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] data = profiles.exportPersonalData(actor).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(data),
                            "mes-donnees-convergences.json",
                            "application/json",
                            data.length);
                }),
                getTranslation("identity.profile.download"));
        download.setId("profile-download");
        Locale pageLocale = getLocale();
        Anchor summary = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] data = profiles.exportPersonalDataSummary(actor, pageLocale)
                            .getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(data), "mes-donnees-convergences.html", "text/html", data.length);
                }),
                getTranslation("identity.profile.downloadSummary"));
        summary.setId("profile-download-summary");
        UnorderedList retention = new UnorderedList();
        retention.setId("retention-periods");
        profiles.retentionRules()
                .forEach(rule -> retention.add(new ListItem(getTranslation(rule.messageKey(), rule.days()))));
        add(
                new H2(getTranslation("identity.profile.data.title")),
                new Paragraph(getTranslation("identity.profile.data.text")),
                new Paragraph(download),
                new Paragraph(summary),
                new H2(getTranslation("identity.retention.title")),
                new Paragraph(getTranslation("identity.retention.text")),
                retention);
        add(
                new H2(getTranslation("identity.delete.title")),
                new Paragraph(getTranslation("identity.delete.text")),
                new DeleteAccountForm(profiles, actor, account.passwordHash() == null));
    }

    private TextField field(String labelKey, String id, @Nullable String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.profile.title") + " · " + getTranslation("app.name");
    }

    /** Changing the password asks for the current one; the other sessions end and a mail tells the owner. */
    static final class ChangePasswordForm extends Div {
        ChangePasswordForm(AccountService accountService, CurrentUser currentUser, Actor actor) {
            addClassName("narrow-form");
            PasswordField current = new PasswordField(getTranslation("identity.password.change.current"));
            current.setId("password-current");
            PasswordField chosen = new PasswordField(getTranslation("identity.password.change.new"));
            chosen.setId("password-new");
            StatusMessage status = new StatusMessage();
            Button change = new Button(getTranslation("identity.password.change.submit"), event -> {
                try {
                    accountService.changePassword(
                            actor,
                            current.getValue(),
                            chosen.getValue(),
                            VaadinRequest.getCurrent().getRemoteAddr());
                    currentUser.renewSignIn();
                    current.clear();
                    chosen.clear();
                    status.success(getTranslation("identity.password.change.done"));
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            change.setId("password-change");
            add(status, current, chosen, change);
        }
    }

    /** Deleting the account asks for the password again, and says clearly what stays. */
    static final class DeleteAccountForm extends Div {
        DeleteAccountForm(ProfileService profiles, Actor actor, boolean withoutPassword) {
            addClassName("narrow-form");
            PasswordField password = new PasswordField(
                    getTranslation(withoutPassword ? "identity.delete.typeName" : "identity.field.password"));
            password.setId("delete-password");
            StatusMessage status = new StatusMessage();
            Button delete = new Button(getTranslation("identity.delete.submit"), event -> {
                try {
                    profiles.deleteAccount(actor, password.getValue());
                    VaadinSession.getCurrent().getSession().invalidate();
                    UI.getCurrent().getPage().setLocation("/");
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            delete.setId("delete-submit");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(status, password, delete);
        }
    }
}
