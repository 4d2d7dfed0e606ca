package fr.convergences.convergence;

import com.vaadin.flow.i18n.I18NProvider;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.PublicContributions;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The synthesis document of a consultation, in the form councils write by hand: a title and the editor's framing, per
 * theme an introduction, its convergences with 2 to 4 quotes chosen for diversity, its divergences and its other
 * contributions, then "Autres propositions", the sources and the figures. The editor drafts and previews; publishing
 * freezes the structure and the texts as version n, which never changes (the database refuses it); corrections make
 * n + 1, whose page shows what changed. Quotes and counts are read at display time through the public visibility.
 */
@Singleton
public class SynthesisDocumentService {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int FRAMING_MAX_LENGTH = 10_000;
    public static final int INTRODUCTION_MAX_LENGTH = 5_000;
    private static final int SIDE_QUOTES = 3;
    private static final Set<String> OFFLINE = Set.of("MEDIATED", "DEBATE", "PAPER");

    private final SynthesisStore store;
    private final ConvergenceStore convergenceStore;
    private final ConvergenceService convergences;
    private final ThemeService themes;
    private final ConsultationService consultations;
    private final PublicContributions publicContributions;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final I18NProvider messages;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final DiscussionService discussion;

    public SynthesisDocumentService(
            SynthesisStore store,
            ConvergenceStore convergenceStore,
            ConvergenceService convergences,
            ThemeService themes,
            ConsultationService consultations,
            PublicContributions publicContributions,
            Permissions permissions,
            AuditTrail audit,
            JsonMapper json,
            I18NProvider messages,
            PublicUrl publicUrl,
            Clock clock,
            DiscussionService discussion) {
        this.discussion = discussion;
        this.store = store;
        this.convergenceStore = convergenceStore;
        this.convergences = convergences;
        this.themes = themes;
        this.consultations = consultations;
        this.publicContributions = publicContributions;
        this.permissions = permissions;
        this.audit = audit;
        this.json = json;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** What the editor writes: a title, the framing (purpose, scope, what is missing), an introduction per theme key. */
    public record Draft(String title, String framing, Map<String, String> introductions) {}

    /** A published version as listed: its number, title and date of publication in the territory's time zone. */
    public record VersionSummary(int number, String title, LocalDate date) {}

    /** Whether the actor edits this consultation's synthesis (the council's moderators and administrators). */
    @Transactional(readOnly = true)
    public boolean canEdit(Actor actor, long consultationId) {
        return permissions.allows(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(consultationId));
    }

    /** The draft, or a first one titled after the consultation. */
    @Transactional(readOnly = true)
    public Draft draft(Actor actor, long consultationId) {
        permissions.require(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(consultationId));
        return store.draft(consultationId)
                .map(draft -> new Draft(draft.title(), draft.framing(), introductions(draft.introductionsJson())))
                .orElseGet(() -> new Draft(
                        consultations.details(consultationId).consultation().title(), "", Map.of()));
    }

    @Transactional
    public void saveDraft(Actor actor, long consultationId, Draft draft) {
        permissions.require(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(consultationId));
        String title = TextInput.singleLine(draft.title(), TITLE_MAX_LENGTH, "synthesis.title");
        String framing = Objects.requireNonNullElse(
                TextInput.optional(draft.framing(), FRAMING_MAX_LENGTH, "synthesis.framing"), "");
        Map<String, String> introductions = new TreeMap<>();
        draft.introductions().forEach((key, text) -> {
            ThemeKey.parse(key);
            String clean = TextInput.optional(text, INTRODUCTION_MAX_LENGTH, "synthesis.introduction");
            if (clean != null) {
                introductions.put(key, clean);
            }
        });
        store.saveDraft(
                consultationId,
                new SynthesisStore.Draft(title, framing, write(introductions)),
                actor.accountId(),
                clock.instant());
    }

    /** The document as it would be published now, for the editor to read before publishing. */
    @Transactional(readOnly = true)
    public SynthesisDocument preview(Actor actor, long consultationId, Locale locale) {
        Draft draft = draft(actor, consultationId);
        return document(
                consultationId,
                null,
                LocalDate.now(
                        clock.withZone(consultations.details(consultationId).zone())),
                draft.title(),
                draft.framing(),
                snapshot(consultationId, draft.introductions()),
                List.of(),
                locale);
    }

    /**
     * Publishes the saved draft with the consultation's themes and confirmed convergences as they stand: version n + 1,
     * never changed afterwards. Returns its number.
     */
    @Transactional
    public int publish(Actor actor, long consultationId) {
        long councilId = consultations.councilOf(consultationId);
        permissions.require(actor, Action.CURATE_CONVERGENCES, councilId);
        SynthesisStore.Draft draft =
                store.draft(consultationId).orElseThrow(() -> new UserFacingException("synthesis.publish.noDraft"));
        SynthesisStructure structure = snapshot(consultationId, introductions(draft.introductionsJson()));
        int number = store.publish(
                consultationId, draft.title(), draft.framing(), write(structure), actor.accountId(), clock.instant());
        audit.record(new AuditEvent(
                actor,
                councilId,
                "synthesis.publish",
                "consultation",
                String.valueOf(consultationId),
                Map.of(),
                Map.of(
                        "version",
                        number,
                        "contributions",
                        SynthesisDifferences.ids(structure).size())));
        return number;
    }

    @Transactional(readOnly = true)
    public List<VersionSummary> versions(long consultationId) {
        var zone = consultations.details(consultationId).zone();
        return store.versions(consultationId).stream()
                .map(version -> new VersionSummary(
                        version.number(), version.title(), LocalDate.ofInstant(version.publishedAt(), zone)))
                .toList();
    }

    /** A published version as the public reads it now, with what changed since the version before it. */
    @Transactional(readOnly = true)
    public SynthesisDocument version(long consultationId, int number, Locale locale) {
        SynthesisStore.Version version = store.version(consultationId, number)
                .orElseThrow(() -> new UserFacingException("synthesis.version.unknown"));
        SynthesisStructure structure = read(version.structureJson());
        List<String> differences = List.of();
        if (number > 1) {
            SynthesisStore.Version previous =
                    store.version(consultationId, number - 1).orElseThrow();
            differences = differences(
                    previous.title(),
                    previous.framing(),
                    read(previous.structureJson()),
                    version.title(),
                    version.framing(),
                    structure,
                    locale);
        }
        return document(
                consultationId,
                number,
                LocalDate.ofInstant(
                        version.publishedAt(),
                        consultations.details(consultationId).zone()),
                version.title(),
                version.framing(),
                structure,
                differences,
                locale);
    }

    /** The document as JSON for open data. */
    public String json(SynthesisDocument document) {
        try {
            return new String(json.writeValueAsBytes(document), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The consultation's themes and confirmed convergences as they stand, without introductions: a regional synthesis's part. */
    SynthesisStructure structureNow(long consultationId) {
        return snapshot(consultationId, Map.of());
    }

    /**
     * A regional document (several councils' consultations, see {@link RegionalSynthesisService}): the same reading as a
     * council's, each quote's source followed by its council ({@code councils}, by contribution).
     */
    SynthesisDocument regional(
            String consultations,
            String councilNames,
            @Nullable Integer number,
            LocalDate date,
            String title,
            String framing,
            SynthesisStructure structure,
            List<String> differences,
            Map<Long, String> councils,
            Locale locale) {
        return document(
                0, consultations, councilNames, number, date, title, framing, structure, differences, councils, locale);
    }

    /** What changed from one published version to the next, in the reader's words: a council's or a regional synthesis's. */
    List<String> differences(
            String oldTitle,
            String oldFraming,
            SynthesisStructure before,
            String newTitle,
            String newFraming,
            SynthesisStructure after,
            Locale locale) {
        return SynthesisDifferences.between(oldTitle, oldFraming, before, newTitle, newFraming, after).stream()
                .map(difference -> messages.getTranslation(
                        difference.key(), locale, difference.arguments().toArray()))
                .toList();
    }

    /** A stored structure read back (a council's or a regional version). */
    SynthesisStructure structure(String json) {
        return read(json);
    }

    /** A structure or an introductions map as stored. */
    String stored(Object value) {
        return write(value);
    }

    /** Introductions as stored (theme key → text). */
    Map<String, String> storedIntroductions(String json) {
        return introductions(json);
    }

    /** The themes and confirmed convergences as they stand, by contribution id, with the editor's introductions. */
    private SynthesisStructure snapshot(long consultationId, Map<String, String> introductions) {
        Map<Long, ThemeKey> placements = themes.placements(consultationId);
        Map<String, List<SynthesisStructure.Group>> groups = new HashMap<>();
        Map<String, List<SynthesisStructure.Divided>> divided = new HashMap<>();
        Set<Long> grouped = new HashSet<>();
        List<ConvergenceService.ConvergenceView> views =
                convergences.list(fr.convergences.identity.Actor.ANONYMOUS, consultationId, Integer.MAX_VALUE);
        Discussions discussions = discussions(views);
        for (ConvergenceService.ConvergenceView view : views) {
            List<ConvergenceStore.Quote> members = view.quotes();
            List<Long> ids =
                    members.stream().map(ConvergenceStore.Quote::contributionId).toList();
            grouped.addAll(ids);
            String theme = mainTheme(ids, placements).toString();
            List<StancePolicy.Side> sides = StancePolicy.withDiscussion(
                    ids,
                    members.stream()
                            .map(member -> StancePolicy.of(member.title() + ". " + member.body()))
                            .toList(),
                    discussions.opinions(ids));
            if (StancePolicy.divided(sides)) {
                List<Long> inFavour = new ArrayList<>();
                List<Long> against = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    (sides.get(i) == StancePolicy.Side.AGAINST ? against : inFavour).add(ids.get(i));
                }
                divided.computeIfAbsent(theme, key -> new ArrayList<>())
                        .add(new SynthesisStructure.Divided(view.convergence().label(), inFavour, against));
            } else {
                List<Long> quotes = QuoteSelection.choose(members.stream()
                        .map(member -> new QuoteSelection.Candidate(
                                member.contributionId(),
                                member.organisation() != null ? "organisation" : member.origin(),
                                member.organisation(),
                                member.commune()))
                        .toList());
                groups.computeIfAbsent(theme, key -> new ArrayList<>())
                        .add(new SynthesisStructure.Group(view.convergence().label(), ids, quotes));
            }
        }
        List<SynthesisStructure.ThemePart> parts = new ArrayList<>();
        List<ThemeService.ThemeView> themeViews = new ArrayList<>(themes.themes(consultationId));
        if (themeViews.stream().noneMatch(theme -> theme.key().isOther())) {
            themeViews.add(new ThemeService.ThemeView(ThemeKey.OTHER, null, List.of()));
        }
        for (ThemeService.ThemeView theme : themeViews) {
            String key = theme.key().toString();
            List<Long> others = theme.members().stream()
                    .map(ThemeService.Member::contributionId)
                    .filter(id -> !grouped.contains(id))
                    .toList();
            List<SynthesisStructure.Group> themeGroups = groups.getOrDefault(key, List.of());
            List<SynthesisStructure.Divided> themeDivided = divided.getOrDefault(key, List.of());
            if (others.isEmpty() && themeGroups.isEmpty() && themeDivided.isEmpty()) {
                continue;
            }
            parts.add(new SynthesisStructure.ThemePart(
                    key, theme.label(), introductions.getOrDefault(key, ""), themeGroups, themeDivided, others));
        }
        return new SynthesisStructure(parts);
    }

    /**
     * What the comments on the convergences' members say, read once for the whole document: each member's author
     * (never shown) and the for and against stances of the visible comments.
     */
    private Discussions discussions(List<ConvergenceService.ConvergenceView> views) {
        List<Long> members = views.stream()
                .flatMap(view -> view.quotes().stream())
                .map(ConvergenceStore.Quote::contributionId)
                .toList();
        Map<Long, Long> authors = new HashMap<>();
        convergenceStore.rowsOf(members).stream()
                .filter(row -> row.authorAccountId() != null)
                .forEach(row -> authors.put(row.contributionId(), row.authorAccountId()));
        return new Discussions(
                authors,
                discussion.stancesOn(members).stream()
                        .collect(Collectors.groupingBy(DiscussionService.CommentStance::contributionId)));
    }

    private record Discussions(Map<Long, Long> authors, Map<Long, List<DiscussionService.CommentStance>> stances) {

        /** Within one group: the author of a member commented on another member, for or against it. */
        List<StancePolicy.Opinion> opinions(List<Long> group) {
            List<StancePolicy.Opinion> opinions = new ArrayList<>();
            for (long on : group) {
                for (DiscussionService.CommentStance stance : stances.getOrDefault(on, List.of())) {
                    for (long from : group) {
                        if (from != on && Objects.equals(authors.get(from), stance.authorAccountId())) {
                            opinions.add(new StancePolicy.Opinion(
                                    from,
                                    on,
                                    stance.stance() == fr.convergences.contribution.Stance.AGAINST
                                            ? StancePolicy.Side.AGAINST
                                            : StancePolicy.Side.FOR));
                        }
                    }
                }
            }
            return opinions;
        }
    }

    /** The theme most of the members are placed in ("Autres propositions" when none is placed yet). */
    private static ThemeKey mainTheme(List<Long> members, Map<Long, ThemeKey> placements) {
        Map<ThemeKey, Long> counts = members.stream()
                .map(placements::get)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(ThemeKey.OTHER);
    }

    /** The stored structure read now: only what the public may read, with today's texts (a redaction shows). */
    private SynthesisDocument document(
            long consultationId,
            @Nullable Integer number,
            LocalDate date,
            String title,
            String framing,
            SynthesisStructure structure,
            List<String> differences,
            Locale locale) {
        ConsultationDetails details = consultations.details(consultationId);
        return document(
                consultationId,
                details.consultation().title(),
                details.councilName(),
                number,
                date,
                title,
                framing,
                structure,
                differences,
                Map.of(),
                locale);
    }

    private SynthesisDocument document(
            long consultationId,
            String consultation,
            String council,
            @Nullable Integer number,
            LocalDate date,
            String title,
            String framing,
            SynthesisStructure structure,
            List<String> differences,
            Map<Long, String> councils,
            Locale locale) {
        Set<Long> all = SynthesisDifferences.ids(structure);
        Set<Long> visible = publicContributions.visibleAmong(all);
        Map<Long, ConvergenceStore.MemberRow> rows = convergenceStore.rowsOf(visible).stream()
                .collect(Collectors.toMap(ConvergenceStore.MemberRow::contributionId, Function.identity()));
        List<SynthesisDocument.Section> sections = new ArrayList<>();
        for (SynthesisStructure.ThemePart part : structure.themes()) {
            List<SynthesisDocument.Group> groups = new ArrayList<>();
            List<ConvergenceStore.MemberRow> others = new ArrayList<>(present(part.others(), rows));
            for (SynthesisStructure.Group group : part.convergences()) {
                List<ConvergenceStore.MemberRow> members = present(group.members(), rows);
                DistinctVoices.Voices voices = DistinctVoices.count(
                        members.stream().map(ConvergenceService::voice).toList());
                if (voices.distinct() < ConvergenceService.MIN_VOICES) {
                    others.addAll(members); // no longer a convergence: its voices stay listed
                    continue;
                }
                List<ConvergenceStore.MemberRow> quoted = new ArrayList<>(present(group.quotes(), rows));
                for (ConvergenceStore.MemberRow member : members) {
                    if (quoted.size() >= QuoteSelection.FEWEST) {
                        break;
                    }
                    if (!quoted.contains(member)) {
                        quoted.add(member); // a quote hidden since: the next member speaks instead
                    }
                }
                String described = VoiceSummary.describe(
                        voices, (key, parameters) -> messages.getTranslation(key, locale, parameters));
                List<String> groupCouncils = members.stream()
                        .map(member -> councils.get(member.contributionId()))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
                if (groupCouncils.size() > 1) {
                    // One convergence across councils (regional document): say which councils voice it, in every
                    // format.
                    described = messages.getTranslation(
                            "synthesis.regional.councils", locale, described, String.join(", ", groupCouncils));
                }
                groups.add(new SynthesisDocument.Group(
                        group.label(),
                        described,
                        (int) members.stream()
                                .map(ConvergenceStore.MemberRow::communeInsee)
                                .filter(Objects::nonNull)
                                .distinct()
                                .count(),
                        members.size(),
                        quoted.stream().map(row -> quote(row, councils, locale)).toList(),
                        groupCouncils));
            }
            List<SynthesisDocument.Divided> divergences = new ArrayList<>();
            for (SynthesisStructure.Divided divided : part.divergences()) {
                List<ConvergenceStore.MemberRow> inFavour = present(divided.inFavour(), rows);
                List<ConvergenceStore.MemberRow> against = present(divided.against(), rows);
                if (inFavour.isEmpty() || against.isEmpty()) {
                    others.addAll(inFavour);
                    others.addAll(against);
                    continue;
                }
                divergences.add(new SynthesisDocument.Divided(
                        divided.label(),
                        inFavour.stream()
                                .limit(SIDE_QUOTES)
                                .map(row -> quote(row, councils, locale))
                                .toList(),
                        against.stream()
                                .limit(SIDE_QUOTES)
                                .map(row -> quote(row, councils, locale))
                                .toList()));
            }
            if (groups.isEmpty() && divergences.isEmpty() && others.isEmpty()) {
                continue;
            }
            sections.add(new SynthesisDocument.Section(
                    part.isOther() || part.label() == null
                            ? messages.getTranslation("theme.other", locale)
                            : part.label(),
                    part.introduction(),
                    groups,
                    divergences,
                    others.stream()
                            .map(row -> new SynthesisDocument.Reference(
                                    row.contributionId(), row.title(), link(row.contributionId())))
                            .toList()));
        }
        Collection<ConvergenceStore.MemberRow> present = rows.values();
        return new SynthesisDocument(
                consultationId,
                consultation,
                council,
                number,
                date,
                title,
                framing,
                sections,
                sources(present, locale),
                figures(present),
                all.size() - visible.size(),
                differences);
    }

    /** The rows of those ids that are present (readable now), in the ids' order. */
    private static List<ConvergenceStore.MemberRow> present(
            List<Long> ids, Map<Long, ConvergenceStore.MemberRow> rows) {
        List<ConvergenceStore.MemberRow> present = new ArrayList<>();
        for (Long id : ids) {
            ConvergenceStore.MemberRow row = rows.get(id);
            if (row != null) {
                present.add(row);
            }
        }
        return present;
    }

    private SynthesisDocument.Quote quote(ConvergenceStore.MemberRow row, Map<Long, String> councils, Locale locale) {
        String source = QuoteText.source(messages, row.quote(), locale);
        String council = councils.get(row.contributionId());
        return new SynthesisDocument.Quote(
                row.contributionId(),
                QuoteText.shorten(row.body()),
                council == null
                        ? source
                        : messages.getTranslation("synthesis.regional.source", locale, source, council),
                link(row.contributionId()));
    }

    private String link(long contributionId) {
        return publicUrl.of("/contributions/" + contributionId);
    }

    /** Organisations by name (spoken for, or collecting); residents counted by commune, never named. */
    private SynthesisDocument.Sources sources(Collection<ConvergenceStore.MemberRow> rows, Locale locale) {
        Set<String> organisations = new java.util.TreeSet<>();
        Map<String, Integer> residents = new TreeMap<>();
        for (ConvergenceStore.MemberRow row : rows) {
            if (row.organisation() != null) {
                organisations.add(row.organisation());
                continue;
            }
            if (row.collectingOrganisationId() != null && row.collectedAt() != null) {
                organisations.add(row.collectedAt());
            }
            String commune = row.commune() != null
                    ? row.commune()
                    : row.communeInsee() != null
                            ? row.communeInsee()
                            : messages.getTranslation("synthesis.commune.unknown", locale);
            residents.merge(commune, 1, Integer::sum);
        }
        return new SynthesisDocument.Sources(
                List.copyOf(organisations),
                residents.entrySet().stream()
                        .map(entry -> new SynthesisDocument.CommuneCount(entry.getKey(), entry.getValue()))
                        .toList());
    }

    private static SynthesisDocument.Figures figures(Collection<ConvergenceStore.MemberRow> rows) {
        DistinctVoices.Voices voices = DistinctVoices.count(
                rows.stream().map(ConvergenceService::voice).toList());
        int communes = (int) rows.stream()
                .map(ConvergenceStore.MemberRow::communeInsee)
                .filter(Objects::nonNull)
                .distinct()
                .count();
        int colleges = (int) rows.stream()
                .map(ConvergenceStore.MemberRow::collegeId)
                .filter(Objects::nonNull)
                .distinct()
                .count();
        long offline =
                rows.stream().filter(row -> OFFLINE.contains(row.origin())).count();
        return new SynthesisDocument.Figures(
                rows.size(),
                voices.distinct(),
                communes,
                colleges,
                rows.isEmpty() ? 0 : (int) Math.round(100.0 * offline / rows.size()));
    }

    private Map<String, String> introductions(String text) {
        try {
            Map<String, String> read = json.readValue(text, Argument.mapOf(String.class, String.class));
            return read == null ? Map.of() : read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SynthesisStructure read(String text) {
        try {
            return Objects.requireNonNull(
                    json.readValue(text, SynthesisStructure.class), "a stored structure is an object, never null");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
