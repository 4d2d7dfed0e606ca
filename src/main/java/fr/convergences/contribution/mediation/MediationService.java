package fr.convergences.contribution.mediation;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.ContributionRepository;
import fr.convergences.contribution.ContributionStore;
import fr.convergences.contribution.ContributionValidator;
import fr.convergences.contribution.ContributionWindow;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Contributions entered by a volunteer or a debate organiser for people who are not online, so that
 * their voice counts as much as a web form's. The person's consent is required; the contribution is
 * published at once and shown as "collected by … at …". Accepted until the synthesis phase ends.
 */
@Singleton
public class MediationService {

    private final ContributionRepository contributions;
    private final MediationRepository mediations;
    private final ContributionStore records;
    private final ContributionValidator validator;
    private final ConsultationService consultations;
    private final OrganisationService organisations;
    private final AccountRepository accounts;
    private final Permissions permissions;
    private final Clock clock;

    public MediationService(
            ContributionRepository contributions,
            MediationRepository mediations,
            ContributionStore records,
            ContributionValidator validator,
            ConsultationService consultations,
            OrganisationService organisations,
            AccountRepository accounts,
            Permissions permissions,
            Clock clock) {
        this.contributions = contributions;
        this.mediations = mediations;
        this.records = records;
        this.validator = validator;
        this.consultations = consultations;
        this.organisations = organisations;
        this.accounts = accounts;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public Contribution collect(Actor volunteer, long consultationId, MediationForm form) {
        return collect(volunteer, consultationId, form, ContributionOrigin.MEDIATED);
    }

    /**
     * The same, for words captured at a debate ({@code DEBATE}) or transcribed from a paper form ({@code PAPER}): the
     * same checks and the same attribution, only the origin differs (the debates feature links it to its debate).
     */
    @Transactional
    public Contribution collect(Actor volunteer, long consultationId, MediationForm form, ContributionOrigin origin) {
        if (origin.isOnline() || origin == ContributionOrigin.IMPORTED) {
            throw new IllegalArgumentException("not collected by a person: " + origin);
        }
        ConsultationDetails consultation = consultations.details(consultationId);
        permissions.require(
                volunteer,
                Action.CONTRIBUTE_ON_BEHALF,
                consultation.consultation().councilId());
        if (!ContributionWindow.accepts(consultation, origin, LocalDate.now(clock.withZone(consultation.zone())))) {
            throw new UserFacingException("contribution.mediation.closed");
        }
        if (!form.consent()) {
            throw new UserFacingException("contribution.mediation.consentRequired");
        }
        String place = TextInput.singleLine(form.place(), Mediation.PLACE_MAX_LENGTH, "contribution.mediation.place");
        String name = TextInput.singleLineOptional(
                form.participantName(), Mediation.NAME_MAX_LENGTH, "contribution.mediation.name");
        if (form.organisationId() != null
                && organisations.actingFor(volunteer).stream()
                        .map(Organisation::id)
                        .noneMatch(form.organisationId()::equals)) {
            throw new UserFacingException("contribution.organisation.notMember");
        }
        // The words are the participant's own, not an organisation's: the contribution carries no organisation.
        ContributionForm words = form.contribution();
        ContributionValidator.Valid valid = validator.validate(
                volunteer,
                consultation,
                new ContributionForm(
                        words.kind(), words.title(), words.body(), words.themeIds(), words.communeInsee(), null));
        Instant now = clock.instant();
        Contribution saved =
                contributions.save(Contribution.create(consultationId, null, origin, null, valid.text(), true, now));
        long id = saved.storedId();
        records.replaceThemes(id, valid.themeIds());
        records.keepOriginal(id, valid.original(), java.sql.Timestamp.from(now));
        mediations.save(new Mediation(
                id, volunteer.accountId(), form.organisationId(), place, now, name, form.participantAgeBand()));
        return saved;
    }

    /** Whether the actor may collect contributions for this consultation's council (the page mirrors it). */
    @Transactional(readOnly = true)
    public boolean canCollect(Actor actor, long consultationId) {
        return permissions.allows(actor, Action.CONTRIBUTE_ON_BEHALF, consultations.councilOf(consultationId));
    }

    /** The organisations on whose behalf the volunteer may collect. */
    @Transactional(readOnly = true)
    public List<Organisation> organisationsOf(Actor volunteer) {
        return organisations.actingFor(volunteer);
    }

    /** The public attribution of a collected contribution: by whom (the organisation, else the volunteer) and where. */
    @Transactional(readOnly = true)
    public Optional<Attribution> attribution(long contributionId) {
        return mediations.findById(contributionId).map(mediation -> {
            Long organisationId = mediation.organisationId();
            return new Attribution(
                    organisationId != null
                            ? organisations.find(organisationId).name()
                            : Optional.ofNullable(mediation.collectedBy())
                                    .flatMap(accounts::findById)
                                    .map(Account::displayName)
                                    .orElse(null),
                    mediation.place(),
                    mediation.consentRecordedAt());
        });
    }

    /** The participant's details, for council admins only (personal data). */
    @Transactional(readOnly = true)
    public Optional<Mediation> participant(Actor actor, long contributionId) {
        return contributions
                .findById(contributionId)
                .filter(contribution -> permissions.allows(
                        actor, Action.SEE_REAL_IDENTITIES, consultations.councilOf(contribution.consultationId())))
                .flatMap(contribution -> mediations.findById(contributionId));
    }

    /**
     * Who collected a contribution, where and when. The collector is null when the mediation names no organisation and
     * no volunteer account that still exists (the column allows it; the page then says the account is gone).
     */
    public record Attribution(@Nullable String collector, String place, Instant collectedAt) {}

    /** A contribution collected offline, with how it was collected. */
    public record Collected(Contribution contribution, Mediation mediation) {}

    /**
     * The public contributions (published, neither withdrawn nor hidden) collected for an organisation, or with
     * {@code organisationId} null those the volunteer collected in no organisation's name; oldest first. For the letters
     * that tell their authors what became of them: the participant's name is in them, so the caller checks who asks.
     */
    @Transactional(readOnly = true)
    public List<Collected> collected(@Nullable Long organisationId, long volunteerAccountId) {
        List<Mediation> found = organisationId != null
                ? mediations.findByOrganisationIdOrderByContributionId(organisationId)
                : mediations.findByCollectedByAndOrganisationIdIsNullOrderByContributionId(volunteerAccountId);
        return found.stream()
                .flatMap(mediation -> contributions.findById(mediation.contributionId()).stream()
                        .filter(contribution ->
                                contribution.status() == fr.convergences.contribution.ContributionStatus.PUBLISHED
                                        && !contribution.hidden())
                        .map(contribution -> new Collected(contribution, mediation)))
                .toList();
    }
}
