package fr.convergences.contribution;

import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.RateLimit;
import fr.convergences.identity.RateLimited;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The author's side of a contribution: write it (as a draft, or published at once), publish a draft,
 * rewrite it within the edit window (each replaced version kept in a public history), then add dated
 * addenda, or withdraw it. Online contributions are accepted only while the contributions phase is open.
 */
@Singleton
public class ContributionService {

    private final ContributionRepository contributions;
    private final AddendumRepository addenda;
    private final ContributionStore records;
    private final ContributionValidator validator;
    private final ConsultationService consultations;
    private final Permissions permissions;
    private final Clock clock;
    private final EditWindow editWindow;

    public ContributionService(
            ContributionRepository contributions,
            AddendumRepository addenda,
            ContributionStore records,
            ContributionValidator validator,
            ConsultationService consultations,
            Permissions permissions,
            Clock clock,
            @Value("${convergences.contribution.edit-window:15m}") Duration editWindow) {
        this.contributions = contributions;
        this.addenda = addenda;
        this.records = records;
        this.validator = validator;
        this.consultations = consultations;
        this.permissions = permissions;
        this.clock = clock;
        this.editWindow = new EditWindow(editWindow);
    }

    /** Publishes a contribution at once; refused with a clear message, and nothing saved, on any bad input. */
    @Transactional
    @RateLimit(RateLimited.CONTRIBUTION)
    public Contribution submit(Actor actor, long consultationId, ContributionForm form) {
        return write(actor, consultationId, form, true);
    }

    /** Keeps a contribution as a draft, seen by its author only, to publish later. */
    @Transactional
    public Contribution saveDraft(Actor actor, long consultationId, ContributionForm form) {
        return write(actor, consultationId, form, false);
    }

    /** Rewrites a draft, or a published contribution while its edit window is open (the old version joins the history). */
    @Transactional
    public Contribution edit(Actor actor, long contributionId, ContributionForm form) {
        Contribution contribution = ownContribution(actor, contributionId);
        ConsultationDetails consultation = acceptingConsultation(actor, contribution.consultationId());
        if (!contribution.isDraft()) {
            int[] counts = records.countsForUpdate(contributionId);
            if (!editWindow.allowsEdit(contribution, counts[0], counts[1], clock.instant())) {
                throw new UserFacingException("contribution.edit.closed");
            }
        }
        ContributionValidator.Valid valid = validator.validate(actor, consultation, form);
        if (!contribution.isDraft()) {
            records.addRevision(contribution, Timestamp.from(clock.instant()));
        }
        Contribution edited = contributions.update(
                contribution.withText(valid.text(), contribution.isDraft() ? null : clock.instant()));
        records.replaceThemes(contributionId, valid.themeIds());
        records.keepOriginal(contributionId, valid.original(), Timestamp.from(clock.instant()));
        return edited;
    }

    @Transactional
    public Contribution publish(Actor actor, long contributionId) {
        Contribution draft = ownContribution(actor, contributionId);
        if (!draft.isDraft()) {
            throw new UserFacingException("contribution.publish.notDraft");
        }
        acceptingConsultation(actor, draft.consultationId());
        return contributions.update(draft.published(clock.instant()));
    }

    @Transactional
    public void discardDraft(Actor actor, long contributionId) {
        Contribution draft = ownContribution(actor, contributionId);
        if (!draft.isDraft()) {
            throw new UserFacingException("contribution.publish.notDraft");
        }
        records.deleteDraft(contributionId);
    }

    /**
     * Withdraws a published contribution: it leaves every public list, search, export and synthesis at once (the
     * search index and convergences read the status), and stays on its author's own page.
     */
    @Transactional
    public Contribution withdraw(Actor actor, long contributionId) {
        Contribution contribution = ownContribution(actor, contributionId);
        if (contribution.status() != ContributionStatus.PUBLISHED) {
            throw new UserFacingException("contribution.withdraw.notPublished");
        }
        return contributions.update(contribution.withdrawn(clock.instant()));
    }

    /** Adds a dated addendum to one's published contribution (the way to complete it once the edit window closed). */
    @Transactional
    public Addendum addAddendum(Actor actor, long contributionId, String text) {
        Contribution contribution = ownContribution(actor, contributionId);
        if (contribution.status() != ContributionStatus.PUBLISHED) {
            throw new UserFacingException("contribution.addendum.notPublished");
        }
        // Public at once under the contribution: personal data masked as in its text; no original kept (issue 15).
        String body =
                PersonalDataDetector.mask(TextInput.required(text, Addendum.BODY_MAX_LENGTH, "contribution.addendum"));
        return addenda.save(new Addendum(null, contributionId, body, clock.instant()));
    }

    /** What the author may do now with the contribution (the page mirrors it; each use case checks again). */
    @Transactional(readOnly = true)
    public AuthorTools authorTools(Actor actor, long contributionId) {
        Contribution contribution = contributions.findById(contributionId).orElse(null);
        if (contribution == null
                || !actor.isAuthenticated()
                || !actor.accountId().equals(contribution.authorAccountId())
                || !permissions.allows(
                        actor, Action.CONTRIBUTE, consultations.councilOf(contribution.consultationId()))) {
            return AuthorTools.NONE;
        }
        int[] counts = records.counts(contributionId);
        boolean editable =
                contribution.isDraft() || editWindow.allowsEdit(contribution, counts[0], counts[1], clock.instant());
        return new AuthorTools(
                true,
                editable,
                editable && !contribution.isDraft() ? editWindow.closesAt(contribution) : null,
                contribution.isDraft(),
                contribution.status() == ContributionStatus.PUBLISHED);
    }

    /** What the author may do with a contribution; {@code editableUntil} is set while a published one can be rewritten. */
    public record AuthorTools(
            boolean isAuthor,
            boolean canEdit,
            @Nullable Instant editableUntil,
            boolean canPublish,
            boolean canWithdraw) {
        static final AuthorTools NONE = new AuthorTools(false, false, null, false, false);
    }

    /** A contribution with its themes, for its author's edit form. */
    @Transactional(readOnly = true)
    public EditableContribution editable(Actor actor, long contributionId) {
        Contribution contribution = ownContribution(actor, contributionId);
        return new EditableContribution(contribution, records.themeIds(contributionId));
    }

    public record EditableContribution(Contribution contribution, List<Long> themeIds) {}

    /**
     * The kinds of personal data masked in one's own contribution before it was made public, to tell the author what
     * the public will not see (empty when nothing was masked).
     */
    @Transactional(readOnly = true)
    public Set<PersonalDataDetector.Kind> maskedPersonalData(Actor actor, long contributionId) {
        ownContribution(actor, contributionId);
        return records.original(contributionId).map(OriginalText::kinds).orElse(Set.of());
    }

    /**
     * The kinds of personal data {@link #addAddendum} masks in this text (empty when none), so that the form can tell
     * its author after posting: no original of an addendum is kept, so this is read from the text typed, by the same rule.
     */
    public Set<PersonalDataDetector.Kind> personalDataMaskedInAddendum(@Nullable String text) {
        return PersonalDataDetector.kinds(TextInput.cleanOrEmpty(text));
    }

    @Transactional(readOnly = true)
    public List<Revision> history(long contributionId) {
        return records.revisions(contributionId);
    }

    @Transactional(readOnly = true)
    public List<Addendum> addenda(long contributionId) {
        return addenda.findByContributionIdOrderByCreatedAt(contributionId);
    }

    /** Everything the person wrote, in every consultation: drafts first, then the newest; with status and answer. */
    @Transactional(readOnly = true)
    public List<MyContribution> mine(Actor actor) {
        // Reading one's own words is the same right as downloading one's data.
        permissions.require(actor, Action.EXPORT_OWN_DATA);
        return records.mine(actor.accountId());
    }

    /** The person's own drafts in a consultation, newest first. */
    @Transactional(readOnly = true)
    public List<Contribution> drafts(Actor actor, long consultationId) {
        return actor.isAuthenticated()
                ? contributions.findByConsultationIdAndAuthorAccountIdAndStatusOrderByCreatedAtDesc(
                        consultationId, actor.accountId(), ContributionStatus.DRAFT)
                : List.of();
    }

    /**
     * What the public sees: drafts, withdrawn and hidden contributions are left out (moderators see hidden ones in their
     * queue; authors find their withdrawn ones on their own page).
     */
    @Transactional(readOnly = true)
    public List<Contribution> published(long consultationId) {
        return contributions.findByConsultationIdOrderByPublishedAtDesc(consultationId).stream()
                .filter(contribution -> !contribution.hidden() && contribution.status() == ContributionStatus.PUBLISHED)
                .toList();
    }

    /**
     * A page of the public contributions of a consultation, in id order after {@code afterId}: what the public JSON API
     * serves, bounded so that no request holds a whole consultation in memory. Refused beyond {@link PublicPage#MAX_SIZE}.
     */
    public PublicPage publicPage(long consultationId, long afterId, int size) {
        if (size < 1 || size > PublicPage.MAX_SIZE) {
            throw new UserFacingException("contribution.api.pageSize", PublicPage.MAX_SIZE);
        }
        // One more than asked tells whether a next page exists without counting the consultation.
        List<Contribution> found = contributions.publicPage(consultationId, Math.max(0, afterId), size + 1);
        return found.size() > size ? new PublicPage(found.subList(0, size), true) : new PublicPage(found, false);
    }

    /** One page of public contributions, and whether more follow. */
    public record PublicPage(List<Contribution> contributions, boolean more) {
        public static final int MAX_SIZE = 500;
        public static final int DEFAULT_SIZE = 100;

        public long lastId() {
            return contributions.getLast().storedId();
        }
    }

    private Contribution write(Actor actor, long consultationId, ContributionForm form, boolean publish) {
        ConsultationDetails consultation = acceptingConsultation(actor, consultationId);
        ContributionValidator.Valid valid = validator.validate(actor, consultation, form);
        Contribution saved = contributions.save(Contribution.create(
                consultationId,
                actor.accountId(),
                ContributionOrigin.ONLINE,
                valid.organisationId(),
                valid.text(),
                publish,
                clock.instant()));
        records.replaceThemes(saved.storedId(), valid.themeIds());
        records.keepOriginal(saved.storedId(), valid.original(), Timestamp.from(clock.instant()));
        return saved;
    }

    /** The consultation, if the actor may contribute to it today (in the territory's time zone). */
    private ConsultationDetails acceptingConsultation(Actor actor, long consultationId) {
        ConsultationDetails consultation = consultations.details(consultationId);
        permissions.require(
                actor, Action.CONTRIBUTE, consultation.consultation().councilId());
        if (!ContributionWindow.accepts(
                consultation, ContributionOrigin.ONLINE, LocalDate.now(clock.withZone(consultation.zone())))) {
            throw new UserFacingException("contribution.phase.closed");
        }
        return consultation;
    }

    /** The actor's own contribution; someone else's is refused as unknown, which tells nothing about their drafts. */
    private Contribution ownContribution(Actor actor, long contributionId) {
        Contribution contribution = contributions
                .findById(contributionId)
                .orElseThrow(() -> new UserFacingException("contribution.unknown"));
        permissions.require(actor, Action.CONTRIBUTE, consultations.councilOf(contribution.consultationId()));
        if (!actor.accountId().equals(contribution.authorAccountId())) {
            throw new UserFacingException("contribution.unknown");
        }
        return contribution;
    }
}
