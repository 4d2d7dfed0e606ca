package fr.convergences.territory.council;

import fr.convergences.identity.MandateLookup;
import fr.convergences.identity.PersonalDataSection;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Tells the permission component who is a MEMBER (an accepted mandate covering today), and adds a
 * person's mandates to their personal-data download. Kept apart from the services, which themselves
 * ask the permission component.
 */
@Singleton
class CouncilMandates implements MandateLookup, PersonalDataSection {

    private final MandateRepository mandates;
    private final Clock clock;

    CouncilMandates(MandateRepository mandates, Clock clock) {
        this.mandates = mandates;
        this.clock = clock;
    }

    @Override
    public boolean hasActiveMandate(long accountId, long councilId) {
        LocalDate today = LocalDate.now(clock);
        return mandates.findByAccountIdAndCouncilId(accountId, councilId).stream()
                .anyMatch(mandate -> mandate.status() == MandateStatus.ACTIVE && mandate.covers(today));
    }

    @Override
    public String name() {
        return "mandates";
    }

    @Override
    public Object export(long accountId) {
        return mandates.findByAccountId(accountId).stream()
                .map(MandateService::describe)
                .toList();
    }
}
