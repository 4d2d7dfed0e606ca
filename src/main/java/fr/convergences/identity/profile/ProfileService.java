package fr.convergences.identity.profile;

import fr.convergences.base.InseeCode;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.i18n.Messages;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountDeletedEvent;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.AccountService;
import fr.convergences.identity.AccountStatus;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.PasswordHasher;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.PersonalDataSection;
import fr.convergences.identity.RetentionRule;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A person's own account: profile, personal-data download and deletion (GDPR rights). */
@Singleton
public class ProfileService {

    private final AccountRepository accounts;
    private final CouncilRoleRepository roles;
    private final Permissions permissions;
    private final PasswordHasher hasher;
    private final List<PersonalDataSection> sections;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<AccountDeletedEvent> deletions;
    private final ProfileStore store;
    private final JsonMapper json;
    private final Messages messages;
    private final List<RetentionRule.Source> retentionRules;
    private final Clock clock;

    public ProfileService(
            AccountRepository accounts,
            CouncilRoleRepository roles,
            Permissions permissions,
            PasswordHasher hasher,
            List<PersonalDataSection> sections,
            AuditTrail audit,
            ApplicationEventPublisher<AccountDeletedEvent> deletions,
            ProfileStore store,
            JsonMapper json,
            Messages messages,
            List<RetentionRule.Source> retentionRules,
            Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.permissions = permissions;
        this.hasher = hasher;
        this.sections = sections;
        this.audit = audit;
        this.deletions = deletions;
        this.store = store;
        this.json = json;
        this.messages = messages;
        this.retentionRules = retentionRules;
        this.clock = clock;
    }

    @Transactional
    public Account updateProfile(Actor actor, ProfileChange change) {
        permissions.require(actor, Action.EDIT_OWN_PROFILE);
        Account account = accounts.findById(actor.accountId()).orElseThrow();
        String displayName = AccountService.validDisplayName(change.displayName());
        String commune = blankToNull(change.communeInsee());
        if (commune != null && !InseeCode.isValid(commune.toUpperCase())) {
            throw new UserFacingException("identity.commune.invalid");
        }
        String realName = blankToNull(change.realName());
        if (realName != null && realName.length() > Account.REAL_NAME_MAX_LENGTH) {
            throw new UserFacingException("identity.realName.tooLong", Account.REAL_NAME_MAX_LENGTH);
        }
        if (!TextInput.isSingleLine(realName)) {
            throw new UserFacingException("identity.realName.oneLine");
        }
        return accounts.update(new Account(
                account.id(),
                account.email(),
                displayName,
                account.passwordHash(),
                account.status(),
                Messages.supported(change.locale()).getLanguage(),
                commune == null ? null : commune.toUpperCase(),
                realName,
                account.platformAdmin(),
                account.emailConfirmedAt(),
                account.createdAt(),
                account.deletedAt(),
                account.version()));
    }

    /** Everything the platform holds about the person, as JSON: the account, roles, and each feature's section. */
    @Transactional(readOnly = true)
    public String exportPersonalData(Actor actor) {
        permissions.require(actor, Action.EXPORT_OWN_DATA);
        try {
            return new String(json.writeValueAsBytes(collect(actor)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same content as {@link #exportPersonalData}, as a readable HTML page in the person's language. */
    @Transactional(readOnly = true)
    public String exportPersonalDataSummary(Actor actor, Locale locale) {
        permissions.require(actor, Action.EXPORT_OWN_DATA);
        return new PersonalDataSummary(messages, locale).render(collect(actor));
    }

    /** How long each kind of personal data is kept, as each feature states it; for the personal-data page. */
    public List<RetentionRule> retentionRules() {
        return retentionRules.stream()
                .flatMap(source -> source.retentionRules().stream())
                .sorted(java.util.Comparator.comparing(RetentionRule::messageKey))
                .toList();
    }

    private Map<String, Object> collect(Actor actor) {
        Account account = accounts.findById(actor.accountId()).orElseThrow();
        Map<String, Object> accountData = new LinkedHashMap<>();
        accountData.put("email", account.email());
        accountData.put("displayName", account.displayName());
        accountData.put("realName", account.realName());
        accountData.put("communeInsee", account.communeInsee());
        accountData.put("language", account.locale());
        accountData.put("status", account.status().name());
        accountData.put("createdAt", String.valueOf(account.createdAt()));
        accountData.put("emailConfirmedAt", String.valueOf(account.emailConfirmedAt()));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("account", accountData);
        export.put("councilRoles", store.councilRoles(account.storedId()));
        sections.forEach(section -> export.put(section.name(), section.export(account.storedId())));
        return export;
    }

    /**
     * Erases the account's personal data and closes it. The password is asked again (the display name
     * for accounts without one), so that a session left open on a shared computer cannot delete the account by a click.
     */
    @Transactional
    public void deleteAccount(Actor actor, String password) {
        permissions.require(actor, Action.DELETE_OWN_ACCOUNT);
        Account account = accounts.findById(actor.accountId()).orElseThrow();
        // An account from an identity provider has no password: typing its display name confirms instead.
        boolean confirmed = account.passwordHash() == null
                ? password != null && password.strip().equalsIgnoreCase(account.displayName())
                : hasher.matches(password, account.passwordHash());
        if (!confirmed) {
            throw new UserFacingException("identity.delete.wrongPassword");
        }
        roles.deleteAll(roles.findByAccountId(account.storedId()));
        store.deleteTokens(account.storedId());
        String email = account.email();
        if (email != null) { // an account from an identity provider may have no address, and then no attempts
            store.deleteLoginAttempts(email);
        }
        accounts.update(new Account(
                account.id(),
                null,
                null,
                null,
                AccountStatus.DELETED,
                account.locale(),
                null,
                null,
                false,
                null,
                account.createdAt(),
                clock.instant(),
                account.version()));
        deletions.publishEvent(new AccountDeletedEvent(account.storedId()));
        audit.record(new AuditEvent(
                actor,
                null,
                "account.delete",
                "account",
                String.valueOf(account.storedId()),
                Map.of("status", account.status().name()),
                Map.of("status", AccountStatus.DELETED.name())));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
