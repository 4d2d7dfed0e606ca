package fr.convergences.debate;

import fr.convergences.identity.AccountDeletedEvent;
import fr.convergences.identity.PersonalDataSection;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's debates in their data download (GDPR article 20), and their registrations emptied of their name and
 * e-mail when they delete their account.
 */
@Singleton
class DebatePersonalData implements PersonalDataSection {

    private final DebateStore store;

    DebatePersonalData(DebateStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "debates";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("registrations", store.registrationsOf(accountId));
        export.put("organised", store.organisedForExport(accountId));
        return export;
    }

    @EventListener
    @Transactional
    void onAccountDeleted(AccountDeletedEvent event) {
        // The seat stays (the person may still come), held by no one that can be named.
        store.forgetRegistrant(event.accountId());
    }
}
