package fr.convergences.project.letter;

import fr.convergences.base.StoredId;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.project.notification.TrailService;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The letters an organisation's administrators, or a volunteer for what they collected in no organisation's name,
 * print and hand on to the people whose words they collected: one per public contribution, in plain French, with
 * what became of it so far (the same public trail as its page). Only the collector may print them: the letters carry
 * the name the person gave, which nobody else but the council's admins may read.
 */
@Singleton
public class OfflineLetters {

    /** Who may print letters, and for whom: an organisation (its id) or the volunteer themselves (null). */
    public record Sender(@Nullable Long organisationId, String name, int letters) {}

    private final MediationService mediations;
    private final OrganisationService organisations;
    private final AccountRepository accounts;
    private final ConsultationService consultations;
    private final TrailService trails;
    private final Permissions permissions;
    private final PublicUrl publicUrl;

    public OfflineLetters(
            MediationService mediations,
            OrganisationService organisations,
            AccountRepository accounts,
            ConsultationService consultations,
            TrailService trails,
            Permissions permissions,
            PublicUrl publicUrl) {
        this.mediations = mediations;
        this.organisations = organisations;
        this.accounts = accounts;
        this.consultations = consultations;
        this.trails = trails;
        this.permissions = permissions;
        this.publicUrl = publicUrl;
    }

    /** The letters this person may print: for each organisation they administer, and for themselves; only where there are some. */
    @Transactional(readOnly = true)
    public List<Sender> senders(Actor actor) {
        List<Sender> senders = new ArrayList<>();
        if (!permissions.allows(actor, Action.PRINT_OWN_LETTERS, null)) {
            return senders;
        }
        int own = mediations.collected(null, actor.accountId()).size();
        if (own > 0) {
            senders.add(new Sender(null, volunteerName(actor), own));
        }
        for (Organisation organisation : organisations.actingFor(actor)) {
            if (permissions.allows(actor, Action.PRINT_ORGANISATION_LETTERS, organisation.id())) {
                int count = mediations
                        .collected(organisation.id(), actor.accountId())
                        .size();
                if (count > 0) {
                    senders.add(new Sender(organisation.id(), organisation.name(), count));
                }
            }
        }
        return senders;
    }

    /** The letters for what was collected in the organisation's name; for its administrators. */
    @Transactional(readOnly = true)
    public List<Letter> forOrganisation(Actor actor, long organisationId) {
        permissions.require(actor, Action.PRINT_ORGANISATION_LETTERS, organisationId);
        return letters(
                organisations.find(organisationId).name(), mediations.collected(organisationId, actor.accountId()));
    }

    /** The letters for what the volunteer collected in no organisation's name. */
    @Transactional(readOnly = true)
    public List<Letter> forVolunteer(Actor actor) {
        permissions.require(actor, Action.PRINT_OWN_LETTERS);
        return letters(volunteerName(actor), mediations.collected(null, actor.accountId()));
    }

    private String volunteerName(Actor actor) {
        // A volunteer without a display name signs with the address people know them by on the platform.
        var account = accounts.findById(actor.accountId()).orElseThrow();
        return java.util.Objects.requireNonNullElse(
                account.displayName(), java.util.Objects.requireNonNullElse(account.email(), ""));
    }

    private List<Letter> letters(String sender, List<MediationService.Collected> collected) {
        Map<Long, ConsultationDetails> details = new HashMap<>();
        List<Letter> letters = new ArrayList<>();
        for (MediationService.Collected one : collected) {
            ConsultationDetails consultation =
                    details.computeIfAbsent(one.contribution().consultationId(), consultations::details);
            long id = StoredId.of(one.contribution().id());
            letters.add(new Letter(
                    sender,
                    consultation.councilName(),
                    consultation.consultation().title(),
                    one.mediation().place(),
                    LocalDate.ofInstant(one.mediation().consentRecordedAt(), consultation.zone()),
                    one.mediation().participantName(),
                    one.contribution().title(),
                    one.contribution().body(),
                    trails.trail(Actor.ANONYMOUS, id),
                    publicUrl.of("/contributions/" + id)));
        }
        return letters;
    }
}
