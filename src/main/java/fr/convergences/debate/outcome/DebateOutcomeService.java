package fr.convergences.debate.outcome;

import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.debate.Attendance;
import fr.convergences.debate.AttendanceStore;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateRepository;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.DebateStore;
import fr.convergences.debate.paperform.Capture;
import fr.convergences.debate.paperform.PaperForms;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What the organiser records once the debate has begun: attendance (counts only), the minutes (Markdown, shown
 * sanitised), and the contributions made on the spot, each attributed to the debate with the participant's consent
 * and entered into the consultation like any other (searched, clustered, counted).
 */
@Singleton
public class DebateOutcomeService {

    private final DebateService debates;
    private final DebateRepository repository;
    private final AttendanceStore attendance;
    private final DebateStore records;
    private final MediationService mediation;
    private final PaperForms paperForms;
    private final OrganisationService organisations;
    private final Clock clock;

    public DebateOutcomeService(
            DebateService debates,
            DebateRepository repository,
            AttendanceStore attendance,
            DebateStore records,
            MediationService mediation,
            PaperForms paperForms,
            OrganisationService organisations,
            Clock clock) {
        this.debates = debates;
        this.repository = repository;
        this.attendance = attendance;
        this.records = records;
        this.mediation = mediation;
        this.paperForms = paperForms;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public void recordAttendance(Actor actor, long debateId, Attendance counts) {
        Debate debate = held(actor, debateId);
        AttendancePolicy.check(counts);
        attendance.replace(debateId, counts, actor.accountId(), clock.instant());
    }

    @Transactional
    public void writeMinutes(Actor actor, long debateId, String markdown) {
        held(actor, debateId);
        // Public minutes mask the e-mail addresses and phone numbers typed into them, like the debate's other texts.
        String minutes = PersonalDataDetector.mask(
                TextInput.required(markdown, Debate.MINUTES_MAX_LENGTH, "debate.minutes"),
                PersonalDataDetector.CONTACT_DETAILS);
        repository.writeMinutes(debateId, minutes, clock.instant());
    }

    /**
     * Enters a contribution captured at the debate: said on the spot (origin DEBATE), or written on a numbered paper
     * form (origin PAPER, the number checked and used once). The debate's organisation is credited when the person
     * typing acts for it.
     */
    @Transactional
    public Contribution capture(Actor actor, long debateId, Capture capture) {
        Debate debate = held(actor, debateId);
        Long organisation = debate.organisationId() != null
                        && organisations.actingFor(actor).stream()
                                .map(Organisation::id)
                                .anyMatch(debate.organisationId()::equals)
                ? debate.organisationId()
                : null;
        MediationForm form = new MediationForm(
                capture.words(), debate.placeLabel(), organisation, capture.consent(), null, capture.ageBand());
        Contribution saved = capture.fromPaper()
                ? paperForms.transcribe(actor, debate.consultationId(), capture.formNumber(), form)
                : mediation.collect(actor, debate.consultationId(), form, ContributionOrigin.DEBATE);
        records.linkContribution(debateId, Objects.requireNonNull(saved.id(), "a saved contribution has an id"));
        return saved;
    }

    /** The attendance recorded so far, for the organiser's form. */
    @Transactional(readOnly = true)
    public Optional<Attendance> attendance(Actor actor, long debateId) {
        Debate debate = debates.find(debateId);
        debates.requireOrganiser(actor, Action.RECORD_DEBATE_OUTCOME, debate);
        return attendance.find(debateId);
    }

    /** Whether the person may record this debate's outcome now (the page mirrors it). */
    @Transactional(readOnly = true)
    public boolean canRecord(Actor actor, long debateId) {
        Debate debate = debates.find(debateId);
        return debates.isOrganiser(actor, Action.RECORD_DEBATE_OUTCOME, debate)
                && debate.isPublished()
                && debate.hasStarted(clock.instant());
    }

    /** One's debate, if it has taken place: refused before it starts, and when it was cancelled or never approved. */
    private Debate held(Actor actor, long debateId) {
        Debate debate = debates.find(debateId);
        debates.requireOrganiser(actor, Action.RECORD_DEBATE_OUTCOME, debate);
        if (debate.isCancelled()) {
            throw new UserFacingException("debate.cancelled");
        }
        if (!debate.isPublished()) {
            throw new UserFacingException("debate.outcome.notPublished");
        }
        if (!debate.hasStarted(clock.instant())) {
            throw new UserFacingException("debate.outcome.notYet");
        }
        return debate;
    }

    /** The kinds of contact details that saving these minutes masks, to tell the organiser (no original is kept). */
    public java.util.Set<PersonalDataDetector.Kind> contactDetailsMasked(String minutes) {
        java.util.Set<PersonalDataDetector.Kind> found = java.util.EnumSet.noneOf(PersonalDataDetector.Kind.class);
        PersonalDataDetector.find(minutes, PersonalDataDetector.CONTACT_DETAILS)
                .forEach(finding -> found.add(finding.kind()));
        return found;
    }
}
