package fr.convergences.debate;

import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Theme;
import fr.convergences.identity.Actor;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationService;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The checks of a debate form, whoever proposes or edits it; nothing is written here. */
@Singleton
class DebateValidator {

    private final OrganisationService organisations;

    DebateValidator(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /**
     * The validated form, or a refusal naming the first problem. {@code communes} are the territory's (code → name);
     * {@code now} decides that a debate cannot start in the past.
     */
    ValidDebate validate(
            Actor organiser,
            ConsultationDetails consultation,
            Map<String, String> communes,
            DebateForm form,
            Instant now) {
        String title = contactsMasked(TextInput.singleLine(form.title(), Debate.TITLE_MAX_LENGTH, "debate.title"));
        String description = contactsMasked(
                TextInput.required(form.description(), Debate.DESCRIPTION_MAX_LENGTH, "debate.description"));
        if (form.day() == null || form.startTime() == null || form.endTime() == null) {
            throw new UserFacingException("debate.when.required");
        }
        if (!form.endTime().isAfter(form.startTime())) {
            throw new UserFacingException("debate.end.beforeStart");
        }
        Instant startsAt = LocalDateTime.of(form.day(), form.startTime())
                .atZone(consultation.zone())
                .toInstant();
        Instant endsAt = LocalDateTime.of(form.day(), form.endTime())
                .atZone(consultation.zone())
                .toInstant();
        if (!startsAt.isAfter(now)) {
            throw new UserFacingException("debate.start.past");
        }
        String place = TextInput.singleLineOptional(form.place(), Debate.PLACE_MAX_LENGTH, "debate.place");
        String onlineUrl = onlineUrl(form.onlineUrl());
        if (place == null && onlineUrl == null) {
            throw new UserFacingException("debate.where.required");
        }
        String commune = form.communeInsee() == null || form.communeInsee().isBlank()
                ? null
                : form.communeInsee().strip().toUpperCase(Locale.ROOT);
        if (commune != null && !communes.containsKey(commune)) {
            throw new UserFacingException("debate.commune.unknown");
        }
        if (form.capacity() == null) {
            throw new UserFacingException("debate.capacity.required");
        }
        if (form.capacity() <= 0) {
            throw new UserFacingException("debate.capacity.positive");
        }
        if (form.capacity() > Debate.CAPACITY_MAX) {
            throw new UserFacingException("debate.capacity.tooLarge", Debate.CAPACITY_MAX);
        }
        Set<Long> known = consultation.themes().stream().map(Theme::id).collect(Collectors.toSet());
        Set<Long> themes = form.themeIds() == null ? Set.of() : Set.copyOf(form.themeIds());
        if (!known.containsAll(themes)) {
            throw new UserFacingException("debate.theme.unknown");
        }
        if (form.organisationId() != null
                && organisations.actingFor(organiser).stream()
                        .map(Organisation::id)
                        .noneMatch(form.organisationId()::equals)) {
            throw new UserFacingException("debate.organisation.notMember");
        }
        return new ValidDebate(
                title,
                description,
                form.organisationId(),
                startsAt,
                endsAt,
                place,
                commune,
                form.stepFree(),
                form.hearingLoop(),
                optionalContactsMasked(TextInput.optional(
                        form.accessibilityNotes(), Debate.ACCESSIBILITY_MAX_LENGTH, "debate.accessibility")),
                onlineUrl,
                form.capacity(),
                form.audience() == null ? Audience.OPEN : form.audience(),
                optionalContactsMasked(TextInput.optional(
                        form.audienceDetails(), Debate.AUDIENCE_DETAILS_MAX_LENGTH, "debate.audienceDetails")),
                themes,
                agenda(form.agenda()));
    }

    /**
     * A debate's texts are public at once (page, calendar files, registrants' mails): e-mail addresses and phone numbers
     * typed into them are masked before they are stored, as in contributions and comments (issue 15). Postal addresses
     * stay, since a debate's text names its venue; people register through the platform, so no contact is needed there.
     */
    static String contactsMasked(String text) {
        return PersonalDataDetector.mask(text, PersonalDataDetector.CONTACT_DETAILS);
    }

    /** The same for a text the organiser may leave empty: nothing typed, nothing to mask. */
    private static @Nullable String optionalContactsMasked(@Nullable String text) {
        return text == null ? null : contactsMasked(text);
    }

    /**
     * The kinds of contact details that saving this form masks, so that the organiser is told in words, as contribution
     * writers are: they would otherwise find "[…]" in their debate's page with no explanation, and no original is kept.
     */
    static java.util.Set<PersonalDataDetector.Kind> contactsFound(DebateForm form) {
        java.util.Set<PersonalDataDetector.Kind> found = java.util.EnumSet.noneOf(PersonalDataDetector.Kind.class);
        java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                                form.title(), form.description(), form.accessibilityNotes(), form.audienceDetails()),
                        form.agenda() == null ? java.util.stream.Stream.<String>empty() : form.agenda().stream())
                .forEach(text -> PersonalDataDetector.find(text, PersonalDataDetector.CONTACT_DETAILS)
                        .forEach(finding -> found.add(finding.kind())));
        return found;
    }

    /** Only http and https addresses: a link shown to the public must never run script (javascript:) or open files. */
    private static @Nullable String onlineUrl(@Nullable String value) {
        String url = TextInput.optional(value, Debate.URL_MAX_LENGTH, "debate.onlineUrl");
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new UserFacingException("debate.onlineUrl.invalid");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new UserFacingException("debate.onlineUrl.invalid");
        }
    }

    private static List<String> agenda(@Nullable List<String> items) {
        List<String> agenda = new ArrayList<>();
        for (String item : items == null ? List.<String>of() : items) {
            String clean = TextInput.singleLineOptional(item, Debate.AGENDA_ITEM_MAX_LENGTH, "debate.agenda");
            if (clean != null) {
                agenda.add(contactsMasked(clean));
            }
        }
        if (agenda.size() > Debate.AGENDA_MAX_ITEMS) {
            throw new UserFacingException("debate.agenda.tooMany", Debate.AGENDA_MAX_ITEMS);
        }
        return agenda;
    }
}
