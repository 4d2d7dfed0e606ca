package fr.convergences.contribution;

import fr.convergences.base.InseeCode;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.Theme;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Submitting contributions online while a consultation's contributions phase is open, and reading them. */
@Singleton
public class ContributionService {


    private final ContributionRepository contributions;
    private final ConsultationService consultations;
    private final Permissions permissions;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public ContributionService(ContributionRepository contributions, ConsultationService consultations, Permissions permissions,
                               JdbcOperations jdbc, Clock clock) {
        this.contributions = contributions;
        this.consultations = consultations;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Publishes a contribution; refused with a clear message, and nothing saved, on any bad input. */
    @Transactional
    public Contribution submit(Actor actor, long consultationId, ContributionForm form) {
        ConsultationDetails consultation = consultations.details(consultationId);
        permissions.require(actor, Action.CONTRIBUTE, consultation.consultation().councilId());
        // "Today" is the territory's: an overseas territory's phase must not close on Paris time.
        if (!consultation.isOpen(PhaseKind.CONTRIBUTIONS, LocalDate.now(clock.withZone(consultation.zone())))) {
            throw new UserFacingException("contribution.phase.closed");
        }
        if (form.kind() == null) {
            throw new UserFacingException("contribution.kind.required");
        }
        String title = TextInput.required(form.title(), Contribution.TITLE_MAX_LENGTH, "contribution.title");
        String body = TextInput.required(form.body(), Contribution.BODY_MAX_LENGTH, "contribution.body");
        Set<Long> known = consultation.themes().stream().map(Theme::id).collect(Collectors.toSet());
        Set<Long> chosen = form.themeIds() == null ? Set.of() : form.themeIds();
        if (!known.containsAll(chosen)) {
            throw new UserFacingException("contribution.theme.unknown");
        }
        String commune = form.communeInsee() == null || form.communeInsee().isBlank() ? null : form.communeInsee().strip().toUpperCase();
        if (commune != null && !InseeCode.isValid(commune)) {
            throw new UserFacingException("identity.commune.invalid");
        }
        Contribution saved = contributions.save(Contribution.create(consultationId, actor.accountId(), ContributionOrigin.ONLINE, null,
                new ContributionText(form.kind(), title, body, commune), true, clock.instant()));
        chosen.forEach(themeId -> jdbc.prepareStatement("INSERT INTO contribution_theme (contribution_id, theme_id) VALUES (?, ?)",
                statement -> {
                    statement.setLong(1, saved.id());
                    statement.setLong(2, themeId);
                    return statement.executeUpdate();
                }));
        return saved;
    }

    /** What the public sees: hidden contributions are left out (moderators see them in their queue). */
    @Transactional(readOnly = true)
    public List<Contribution> published(long consultationId) {
        return contributions.findByConsultationIdOrderByPublishedAtDesc(consultationId).stream()
                .filter(contribution -> !contribution.hidden() && !contribution.isDraft())
                .toList();
    }
}
