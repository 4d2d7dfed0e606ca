package fr.convergences.convergence;

import fr.convergences.base.StoredId;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import fr.convergences.identity.notification.NotificationKind;
import fr.convergences.identity.notification.NotificationOutbox;
import fr.convergences.identity.notification.OutgoingNotification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A regional synthesis: the consultations of several councils read as one document, in the same form as a council's
 * (themes, convergences with their quotes, divergences, other contributions, sources, figures), each quote saying which
 * council it comes from. Each council's themes and confirmed convergences are those its moderators curated; themes of
 * the same name (accents and case aside) are one theme of the regional document, "Autres propositions" last; the same
 * need voiced in several councils is one convergence ({@link CrossCouncilConvergences}). Figures and sources are
 * counted over all the contributions together, so a person who spoke in two councils is one voice.
 * <p>
 * It is a document like a council's: stored (its consultations, title, framing, introductions), drafted, previewed,
 * published as numbered versions that never change, corrections making the next one with what changed shown.
 * <p>
 * Who may edit it: a platform admin, or a "regional" editor, which the platform has no role for: whoever may edit
 * regional syntheses ({@link Action#EDIT_REGIONAL_SYNTHESIS}: moderators and admins) in every council picked.
 */
@Singleton
public class RegionalSynthesisService {

    /** Several councils: with one, the council's own synthesis is the document. */
    public static final int MIN_COUNCILS = 2;
    /** Link to the published versions, for the councils' secretariats told of a publication. */
    static final String PAGE = "/syntheses/regionales/";

    private final SynthesisDocumentService documents;
    private final ConsultationService consultations;
    private final Permissions permissions;
    private final Clock clock;
    private final RegionalSynthesisStore store;
    private final CrossCouncilConvergences crossCouncil;
    private final AuditTrail audit;
    private final NotificationOutbox outbox;
    private final CouncilRoleRepository roles;

    public RegionalSynthesisService(
            SynthesisDocumentService documents,
            ConsultationService consultations,
            Permissions permissions,
            Clock clock,
            RegionalSynthesisStore store,
            CrossCouncilConvergences crossCouncil,
            AuditTrail audit,
            NotificationOutbox outbox,
            CouncilRoleRepository roles) {
        this.documents = documents;
        this.consultations = consultations;
        this.permissions = permissions;
        this.clock = clock;
        this.store = store;
        this.crossCouncil = crossCouncil;
        this.audit = audit;
        this.outbox = outbox;
        this.roles = roles;
    }

    /** A consultation the actor may pick: its id, title and council. */
    public record Choice(long consultationId, String title, String council) {}

    /** What the editor writes: the consultations, a title, the framing, an introduction per theme key. */
    public record Draft(List<Long> consultations, String title, String framing, Map<String, String> introductions) {

        public Draft {
            consultations = List.copyOf(Objects.requireNonNullElse(consultations, List.of()));
            introductions = Map.copyOf(Objects.requireNonNullElse(introductions, Map.of()));
        }
    }

    /** A theme of the document as it stands, for its introduction: its key and label (null for Autres propositions). */
    public record Heading(String key, @Nullable String label) {}

    /** A published regional synthesis as the public lists it: its latest version, its councils, its date. */
    public record Published(long id, int number, String title, String councils, LocalDate date) {}

    /** The consultations the actor may put in a regional synthesis, newest first: all for a platform admin, else those of the councils they curate. */
    @Transactional(readOnly = true)
    public List<Choice> choices(Actor actor) {
        boolean platformAdmin = permissions.isPlatformAdmin(actor);
        List<Choice> choices = new ArrayList<>();
        for (Consultation consultation : consultations.all()) {
            if (platformAdmin || permissions.allows(actor, Action.EDIT_REGIONAL_SYNTHESIS, consultation.councilId())) {
                long consultationId = StoredId.of(consultation.id());
                choices.add(new Choice(
                        consultationId,
                        consultation.title(),
                        consultations.details(consultationId).councilName()));
            }
        }
        choices.sort(java.util.Comparator.comparingLong(Choice::consultationId).reversed());
        return choices;
    }

    /**
     * The regional document as it would stand now over these consultations (not stored, no number). Refused, showing
     * nothing, unless the consultations are of at least {@link #MIN_COUNCILS} councils and the actor may draw it.
     */
    @Transactional(readOnly = true)
    public SynthesisDocument preview(
            Actor actor, List<Long> consultationIds, String title, String framing, Locale locale) {
        Draft draft = valid(actor, new Draft(consultationIds, title, framing, Map.of()));
        return document(
                draft.consultations(),
                null,
                null,
                draft.title(),
                draft.framing(),
                structure(draft.consultations(), Map.of()),
                List.of(),
                locale);
    }

    /** Stores a new regional synthesis (a draft, nothing published) and returns its id. */
    @Transactional
    public long create(Actor actor, Draft draft) {
        Draft clean = valid(actor, draft);
        return store.create(
                clean.title(),
                clean.framing(),
                documents.stored(clean.introductions()),
                clean.consultations(),
                actor.accountId(),
                clock.instant());
    }

    /** Whether the actor edits this regional synthesis (a platform admin, or an editor in each of its councils). */
    @Transactional(readOnly = true)
    public boolean canEdit(Actor actor, long id) {
        RegionalSynthesisStore.Draft draft = store.draft(id).orElse(null);
        if (draft == null || !actor.isAuthenticated()) {
            return false;
        }
        return permissions.isPlatformAdmin(actor)
                || councils(draft.consultations()).stream()
                        .allMatch(council -> permissions.allows(actor, Action.EDIT_REGIONAL_SYNTHESIS, council));
    }

    @Transactional(readOnly = true)
    public Draft draft(Actor actor, long id) {
        RegionalSynthesisStore.Draft draft = editable(actor, id);
        return new Draft(
                draft.consultations(),
                draft.title(),
                draft.framing(),
                documents.storedIntroductions(draft.introductionsJson()));
    }

    /** The themes the document holds now (Autres propositions last), each to be introduced by the editor. */
    @Transactional(readOnly = true)
    public List<Heading> themes(Actor actor, long id) {
        RegionalSynthesisStore.Draft draft = editable(actor, id);
        return structure(draft.consultations(), Map.of()).themes().stream()
                .map(part -> new Heading(part.key(), part.isOther() ? null : part.label()))
                .toList();
    }

    /** Saves the draft: consultations (of at least two councils the actor may edit), title, framing, introductions. */
    @Transactional
    public void save(Actor actor, long id, Draft draft) {
        editable(actor, id);
        Draft clean = valid(actor, draft);
        store.save(
                id,
                clean.title(),
                clean.framing(),
                documents.stored(clean.introductions()),
                clean.consultations(),
                actor.accountId(),
                clock.instant());
    }

    /** The saved draft as it would be published now, for the editor to read before publishing. */
    @Transactional(readOnly = true)
    public SynthesisDocument preview(Actor actor, long id, Locale locale) {
        Draft draft = draft(actor, id);
        return document(
                draft.consultations(),
                null,
                null,
                draft.title(),
                draft.framing(),
                structure(draft.consultations(), draft.introductions()),
                List.of(),
                locale);
    }

    /**
     * Publishes the saved draft with the councils' themes and confirmed convergences as they stand: version n + 1, never
     * changed afterwards. Journalled in each council's log, and each council's secretariat is told. Returns its number.
     */
    @Transactional
    public int publish(Actor actor, long id) {
        RegionalSynthesisStore.Draft draft =
                store.draftForUpdate(id).orElseThrow(() -> new UserFacingException("synthesis.regional.unknown"));
        Set<Long> councils = councils(draft.consultations());
        authorise(actor, councils);
        if (councils.size() < MIN_COUNCILS) {
            throw new UserFacingException("synthesis.regional.fewCouncils");
        }
        SynthesisStructure structure =
                structure(draft.consultations(), documents.storedIntroductions(draft.introductionsJson()));
        int number = store.publish(
                id,
                draft.consultations(),
                draft.title(),
                draft.framing(),
                documents.stored(structure),
                actor.accountId(),
                clock.instant());
        int contributions = SynthesisDifferences.ids(structure).size();
        Set<Long> secretariats = new TreeSet<>();
        for (long council : councils) {
            audit.record(new AuditEvent(
                    actor,
                    council,
                    "synthesis.regional.publish",
                    "regional_synthesis",
                    String.valueOf(id),
                    Map.of(),
                    Map.of(
                            "version",
                            number,
                            "contributions",
                            contributions,
                            "consultations",
                            draft.consultations().toString())));
            roles.findByCouncilIdAndRole(council, CouncilRole.COUNCIL_ADMIN).stream()
                    .map(CouncilRoleGrant::accountId)
                    .forEach(secretariats::add);
        }
        outbox.recordFor(
                new OutgoingNotification(
                        "regional-synthesis:" + id + ":" + number,
                        NotificationOutbox.GIVEN_RECIPIENTS,
                        id,
                        NotificationKind.FOLLOW_UP,
                        "synthesis.regional.published.title",
                        "synthesis.regional.published.body",
                        List.of(draft.title(), String.valueOf(number)),
                        PAGE + id + "/v/" + number),
                secretariats);
        return number;
    }

    /** The published versions of a regional synthesis, the newest first. */
    @Transactional(readOnly = true)
    public List<SynthesisDocumentService.VersionSummary> versions(long id) {
        return store.versions(id).stream()
                .map(version -> new SynthesisDocumentService.VersionSummary(
                        version.number(),
                        version.title(),
                        LocalDate.ofInstant(version.publishedAt(), zone(version.consultations()))))
                .toList();
    }

    /** Every regional synthesis published at least once, its latest version first in the list, the most recent first. */
    @Transactional(readOnly = true)
    public List<Published> published() {
        return store.published().stream()
                .map(latest -> new Published(
                        latest.id(),
                        latest.version().number(),
                        latest.version().title(),
                        councilNames(latest.version().consultations()),
                        LocalDate.ofInstant(
                                latest.version().publishedAt(),
                                zone(latest.version().consultations()))))
                .toList();
    }

    /** Whether anybody may read this regional synthesis: it has a published version. */
    @Transactional(readOnly = true)
    public boolean isPublished(long id) {
        return store.hasVersion(id);
    }

    /** A published version as the public reads it now, with what changed since the version before it. */
    @Transactional(readOnly = true)
    public SynthesisDocument version(long id, int number, Locale locale) {
        RegionalSynthesisStore.Version version =
                store.version(id, number).orElseThrow(() -> new UserFacingException("synthesis.version.unknown"));
        SynthesisStructure structure = documents.structure(version.structureJson());
        List<String> differences = List.of();
        if (number > 1) {
            RegionalSynthesisStore.Version previous =
                    store.version(id, number - 1).orElseThrow();
            differences = documents.differences(
                    previous.title(),
                    previous.framing(),
                    documents.structure(previous.structureJson()),
                    version.title(),
                    version.framing(),
                    structure,
                    locale);
        }
        return document(
                version.consultations(),
                number,
                LocalDate.ofInstant(version.publishedAt(), zone(version.consultations())),
                version.title(),
                version.framing(),
                structure,
                differences,
                locale);
    }

    private SynthesisDocument document(
            List<Long> consultationIds,
            @Nullable Integer number,
            @Nullable LocalDate date,
            String title,
            String framing,
            SynthesisStructure structure,
            List<String> differences,
            Locale locale) {
        List<ConsultationDetails> details =
                consultationIds.stream().map(consultations::details).toList();
        String titles = String.join(
                " ; ",
                details.stream().map(detail -> detail.consultation().title()).toList());
        LocalDate day = date != null ? date : LocalDate.now(clock.withZone(zone(consultationIds)));
        return documents.regional(
                titles,
                councilNames(consultationIds),
                number,
                day,
                title,
                framing,
                structure,
                differences,
                store.councilNames(SynthesisDifferences.ids(structure)),
                locale);
    }

    /**
     * The document's structure now: each council's themes and confirmed convergences, themes of the same name as one,
     * the same need in several councils as one convergence, with the editor's introductions by theme key.
     */
    private SynthesisStructure structure(List<Long> consultationIds, Map<String, String> introductions) {
        Map<String, SynthesisStructure.ThemePart> themes = new LinkedHashMap<>();
        for (long consultation : consultationIds) {
            for (SynthesisStructure.ThemePart part :
                    documents.structureNow(consultation).themes()) {
                String key = key(part);
                themes.merge(
                        key,
                        new SynthesisStructure.ThemePart(
                                key, part.label(), "", part.convergences(), part.divergences(), part.others()),
                        RegionalSynthesisService::together);
            }
        }
        List<SynthesisStructure.ThemePart> parts = new ArrayList<>(
                themes.values().stream().filter(part -> !part.isOther()).toList());
        themes.values().stream().filter(SynthesisStructure.ThemePart::isOther).forEach(parts::add);
        Set<Long> grouped = new LinkedHashSet<>();
        parts.forEach(part -> part.convergences().forEach(group -> grouped.addAll(group.members())));
        List<SynthesisStructure.ThemePart> joined = crossCouncil.join(parts, store.councilIds(grouped));
        return new SynthesisStructure(joined.stream()
                .map(part -> new SynthesisStructure.ThemePart(
                        part.key(),
                        part.label(),
                        introductions.getOrDefault(part.key(), ""),
                        part.convergences(),
                        part.divergences(),
                        part.others()))
                .toList());
    }

    /** The consultations resolved (unknown ones refused), the actor authorised for their councils, the texts checked. */
    private Draft valid(Actor actor, Draft draft) {
        List<Long> picked = new ArrayList<>(new TreeSet<>(draft.consultations()));
        Set<Long> councils = councils(picked);
        authorise(actor, councils);
        if (councils.size() < MIN_COUNCILS) {
            throw new UserFacingException("synthesis.regional.fewCouncils");
        }
        String title =
                TextInput.singleLine(draft.title(), SynthesisDocumentService.TITLE_MAX_LENGTH, "synthesis.title");
        String framing = Objects.requireNonNullElse(
                TextInput.optional(draft.framing(), SynthesisDocumentService.FRAMING_MAX_LENGTH, "synthesis.framing"),
                "");
        Map<String, String> introductions = new TreeMap<>();
        draft.introductions().forEach((key, text) -> {
            if (!ThemeKey.OTHER.toString().equals(key) && !key.matches("r-[\\p{L}\\p{N} ]{1,200}")) {
                throw new UserFacingException("synthesis.regional.theme.unknown");
            }
            String clean = TextInput.optional(
                    text, SynthesisDocumentService.INTRODUCTION_MAX_LENGTH, "synthesis.introduction");
            if (clean != null) {
                introductions.put(key, clean);
            }
        });
        return new Draft(picked, title, framing, introductions);
    }

    private RegionalSynthesisStore.Draft editable(Actor actor, long id) {
        if (!actor.isAuthenticated()) {
            throw new AccessDeniedException(Action.EDIT_REGIONAL_SYNTHESIS);
        }
        RegionalSynthesisStore.Draft draft =
                store.draft(id).orElseThrow(() -> new UserFacingException("synthesis.regional.unknown"));
        authorise(actor, councils(draft.consultations()));
        return draft;
    }

    private void authorise(Actor actor, Collection<Long> councils) {
        if (permissions.isPlatformAdmin(actor)) {
            return;
        }
        if (councils.isEmpty()) {
            throw new AccessDeniedException(Action.EDIT_REGIONAL_SYNTHESIS);
        }
        councils.forEach(council -> permissions.require(actor, Action.EDIT_REGIONAL_SYNTHESIS, council));
    }

    private Set<Long> councils(Collection<Long> consultationIds) {
        Set<Long> councils = new LinkedHashSet<>();
        consultationIds.forEach(id -> councils.add(consultations.councilOf(id)));
        return councils;
    }

    private String councilNames(List<Long> consultationIds) {
        return String.join(
                ", ",
                consultationIds.stream()
                        .map(id -> consultations.details(id).councilName())
                        .distinct()
                        .toList());
    }

    /** The time zone the dates are written in: the first consultation's territory's (a region shares one). */
    private ZoneId zone(List<Long> consultationIds) {
        return consultationIds.isEmpty()
                ? ZoneId.of("Europe/Paris")
                : consultations.details(consultationIds.getFirst()).zone();
    }

    private static String key(SynthesisStructure.ThemePart part) {
        return part.isOther() ? ThemeKey.OTHER.toString() : "r-" + fold(part.label());
    }

    private static SynthesisStructure.ThemePart together(
            SynthesisStructure.ThemePart first, SynthesisStructure.ThemePart second) {
        return new SynthesisStructure.ThemePart(
                first.key(),
                first.label(),
                "",
                concat(first.convergences(), second.convergences()),
                concat(first.divergences(), second.divergences()),
                concat(first.others(), second.others()));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** A theme's name as compared across councils: "Accès aux soins" and "accès aux soins " are one theme. */
    private static String fold(@Nullable String label) {
        return Normalizer.normalize(Objects.requireNonNullElse(label, ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
