package fr.convergences.contribution;

import fr.convergences.base.InseeCode;
import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Theme;
import fr.convergences.identity.Actor;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationService;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks every contribution form gets, whoever enters it: text limits, kind, themes, commune, organisation. */
@Singleton
public class ContributionValidator {

    private final OrganisationService organisations;

    ContributionValidator(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /**
     * The validated form. {@code text} is what may be published: personal data found in it is masked. {@code original}
     * is the text as written when something was masked (kept apart for the author and the moderators), else null.
     */
    public record Valid(
            ContributionText text,
            Set<Long> themeIds,
            @Nullable Long organisationId,
            @Nullable OriginalText original) {}

    /** The validated form, or a refusal naming the first problem; nothing is written here. */
    public Valid validate(Actor writer, ConsultationDetails consultation, ContributionForm form) {
        if (form.kind() == null) {
            throw new UserFacingException("contribution.kind.required");
        }
        String title = TextInput.singleLine(form.title(), Contribution.TITLE_MAX_LENGTH, "contribution.title");
        String body = TextInput.required(form.body(), Contribution.BODY_MAX_LENGTH, "contribution.body");
        Set<Long> known = consultation.themes().stream().map(Theme::id).collect(Collectors.toSet());
        Set<Long> chosen = form.themeIds() == null ? Set.of() : Set.copyOf(form.themeIds());
        if (!known.containsAll(chosen)) {
            throw new UserFacingException("contribution.theme.unknown");
        }
        String commune = form.communeInsee() == null || form.communeInsee().isBlank()
                ? null
                : form.communeInsee().strip().toUpperCase();
        if (commune != null && !InseeCode.isValid(commune)) {
            throw new UserFacingException("contribution.commune.unknown");
        }
        if (commune != null && !consultation.covers(commune)) {
            throw new UserFacingException("contribution.commune.outOfScope");
        }
        if (form.organisationId() != null
                && organisations.actingFor(writer).stream()
                        .map(Organisation::id)
                        .noneMatch(form.organisationId()::equals)) {
            throw new UserFacingException("contribution.organisation.notMember");
        }
        ContributionText written = new ContributionText(form.kind(), title, body, commune);
        OriginalText original = OriginalText.of(written);
        ContributionText published = original == null
                ? written
                : new ContributionText(
                        form.kind(), PersonalDataDetector.mask(title), PersonalDataDetector.mask(body), commune);
        return new Valid(published, chosen, form.organisationId(), original);
    }
}
