package fr.convergences.debate.paperform;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Numbered paper contribution forms: printed in batches for a consultation (each number issued once), then typed
 * in. A number is read with its check digit, must belong to the consultation and to a printed batch, and is
 * transcribed once only: checked first for a clear message, and guarded by the primary key of
 * {@code paper_form_transcription} should two people type the same form at the same moment.
 */
@Singleton
public class PaperForms {

    private final PaperFormStore store;
    private final ConsultationService consultations;
    private final MediationService mediation;
    private final Permissions permissions;
    private final I18NProvider messages;
    private final Clock clock;

    PaperForms(
            PaperFormStore store,
            ConsultationService consultations,
            MediationService mediation,
            Permissions permissions,
            I18NProvider messages,
            Clock clock) {
        this.messages = messages;
        this.store = store;
        this.consultations = consultations;
        this.mediation = mediation;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Issues the numbers of {@code count} new forms for the consultation. */
    @Transactional
    public PaperFormBatch issue(Actor actor, long consultationId, int count) {
        long council = consultations.councilOf(consultationId);
        permissions.require(actor, Action.ISSUE_PAPER_FORMS, council);
        if (count <= 0 || count > PaperFormBatch.MAX_COUNT) {
            throw new UserFacingException("debate.paper.count.invalid", PaperFormBatch.MAX_COUNT);
        }
        int last = store.takeSerials(consultationId, count);
        if (last > FormNumber.MAX_SERIAL) {
            throw new UserFacingException("debate.paper.count.exhausted");
        }
        Instant now = clock.instant();
        long id = store.insertBatch(consultationId, last - count + 1, count, now, actor.accountId());
        return new PaperFormBatch(id, consultationId, last - count + 1, count, now);
    }

    /** The printable PDF of a batch: one page per form, in the person's language. */
    @Transactional(readOnly = true)
    public byte[] pdf(Actor actor, long batchId, Locale locale) {
        PaperFormBatch batch =
                store.batch(batchId).orElseThrow(() -> new UserFacingException("debate.paper.batch.unknown"));
        ConsultationDetails consultation = consultations.details(batch.consultationId());
        permissions.require(
                actor, Action.ISSUE_PAPER_FORMS, consultation.consultation().councilId());
        return PaperFormPdf.render(
                consultation, batch.numbers(), (key, arguments) -> messages.getTranslation(key, locale, arguments));
    }

    /** The batches printed for the consultation, newest first. */
    @Transactional(readOnly = true)
    public List<PaperFormBatch> batches(Actor actor, long consultationId) {
        permissions.require(actor, Action.ISSUE_PAPER_FORMS, consultations.councilOf(consultationId));
        return store.batches(consultationId);
    }

    @Transactional(readOnly = true)
    public boolean canIssue(Actor actor, long consultationId) {
        return permissions.allows(actor, Action.ISSUE_PAPER_FORMS, consultations.councilOf(consultationId));
    }

    @Transactional(readOnly = true)
    public boolean canTranscribe(Actor actor, long consultationId) {
        return permissions.allows(actor, Action.CONTRIBUTE_ON_BEHALF, consultations.councilOf(consultationId));
    }

    /** Types in a paper form: its number is checked, then its words are collected as a contribution from paper. */
    @Transactional
    public Contribution transcribe(Actor actor, long consultationId, @Nullable String typedNumber, MediationForm form) {
        long council = consultations.councilOf(consultationId);
        permissions.require(actor, Action.CONTRIBUTE_ON_BEHALF, council);
        FormNumber number = check(consultationId, typedNumber);
        Contribution saved = mediation.collect(actor, consultationId, form, ContributionOrigin.PAPER);
        try {
            store.recordTranscription(
                    consultationId,
                    number.serial(),
                    Objects.requireNonNull(saved.id(), "a saved contribution has an id"),
                    clock.instant(),
                    actor.accountId());
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new UserFacingException("debate.paper.number.twice", number.printed());
            }
            throw e;
        }
        return saved;
    }

    /** The form's number, if it can be transcribed: well-formed, this consultation's, printed, not typed in before. */
    FormNumber check(long consultationId, @Nullable String typedNumber) {
        FormNumber number = FormNumber.parse(typedNumber);
        if (number.consultationId() != consultationId) {
            throw new UserFacingException("debate.paper.number.otherConsultation", number.printed());
        }
        boolean issued = store.isIssued(consultationId, number.serial());
        if (!issued) {
            throw new UserFacingException("debate.paper.number.notIssued", number.printed());
        }
        if (store.isTranscribed(consultationId, number.serial())) {
            throw new UserFacingException("debate.paper.number.twice", number.printed());
        }
        return number;
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlException && "23505".equals(sqlException.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
