package fr.convergences.convergence;

import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.Theme;
import fr.convergences.contribution.PublicContributions;
import fr.convergences.convergence.engine.Document;
import fr.convergences.convergence.engine.ThemeEngine;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Themes of a consultation: every public contribution in exactly one theme, or in "Autres propositions". The council's
 * themes are the themes when it has some; a contributor's own choice places their contribution, the engine places the
 * others by what those choices taught it; without council themes the engine proposes 5 to 15. A moderator's move wins
 * over the engine at every later run. Convergences sit inside the theme most of their members are in.
 */
@Singleton
public class ThemeService {

    static final String CONTRIBUTOR = "CONTRIBUTOR";
    static final String ENGINE = "ENGINE";
    public static final String MODERATOR = "MODERATOR";

    private final ThemeStore store;
    private final ConvergenceStore convergenceStore;
    private final ConsultationService consultations;
    private final PublicContributions publicContributions;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ThemeEngine engine = new ThemeEngine();
    /** A model of each consultation's themes for placing late arrivals; dropped at every run and move. */
    private final Map<Long, ThemeEngine.Prepared> prepared = new ConcurrentHashMap<>();

    public ThemeService(
            ThemeStore store,
            ConvergenceStore convergenceStore,
            ConsultationService consultations,
            PublicContributions publicContributions,
            Permissions permissions,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.convergenceStore = convergenceStore;
        this.consultations = consultations;
        this.publicContributions = publicContributions;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Places every public contribution of the consultation again, but those a moderator moved. */
    @Transactional
    public int compute(Actor actor, long consultationId) {
        long councilId = consultations.councilOf(consultationId);
        permissions.require(actor, Action.CURATE_CONVERGENCES, councilId);
        int placed = placeAll(consultationId);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "theme.compute",
                "consultation",
                String.valueOf(consultationId),
                Map.of(),
                Map.of("placed", placed)));
        return placed;
    }

    /** The run itself, inside the caller's transaction (a convergence computation runs it too). */
    int placeAll(long consultationId) {
        prepared.remove(consultationId);
        List<Theme> councilThemes = consultations.details(consultationId).themes();
        Map<Long, ThemeKey> moved = store.placements(consultationId).stream()
                .filter(placement -> MODERATOR.equals(placement.placedBy()))
                .collect(Collectors.toMap(ThemeStore.Placement::contributionId, ThemeStore.Placement::theme));
        List<Document> documents = convergenceStore.documents(consultationId, moved.keySet());
        store.deleteRePlaceable(consultationId);
        Instant now = clock.instant();
        List<ThemeStore.Placement> placements = new ArrayList<>(documents.size());
        if (!councilThemes.isEmpty()) {
            Map<Long, Long> choices = store.contributorChoices(consultationId);
            Map<String, String> fixed = new HashMap<>();
            choices.forEach((contribution, theme) -> fixed.put(String.valueOf(contribution), String.valueOf(theme)));
            for (ThemeEngine.Theme theme : engine.place(documents, specs(councilThemes), fixed)) {
                ThemeKey key = theme.id().equals(ThemeEngine.OTHER)
                        ? ThemeKey.OTHER
                        : ThemeKey.council(Long.parseLong(theme.id()));
                for (String member : theme.members()) {
                    long id = Long.parseLong(member);
                    placements.add(new ThemeStore.Placement(id, key, fixed.containsKey(member) ? CONTRIBUTOR : ENGINE));
                }
            }
        } else {
            store.deleteUnusedProposals(consultationId);
            int position = store.proposals(consultationId).stream()
                    .mapToInt(ThemeStore.Proposal::position)
                    .max()
                    .orElse(0);
            Map<String, Document> byId =
                    documents.stream().collect(Collectors.toMap(Document::id, document -> document));
            for (ThemeEngine.Theme theme : engine.propose(documents)) {
                ThemeKey key = ThemeKey.OTHER;
                if (!theme.id().equals(ThemeEngine.OTHER)) {
                    Document first = Objects.requireNonNull(
                            byId.get(theme.members().getFirst()), "a theme's members are documents placed");
                    String label = ReadableLabel.of(first.title(), first.text(), theme.terms(), theme.label());
                    key = ThemeKey.proposed(store.addProposal(consultationId, label, ++position, now));
                }
                for (String member : theme.members()) {
                    placements.add(new ThemeStore.Placement(Long.parseLong(member), key, ENGINE));
                }
            }
        }
        store.place(consultationId, placements, now, null);
        return placements.size() + moved.size();
    }

    private static List<ThemeEngine.ThemeSpec> specs(List<Theme> themes) {
        return themes.stream()
                .map(theme -> new ThemeEngine.ThemeSpec(String.valueOf(theme.id()), theme.name(), null))
                .toList();
    }

    /**
     * Moves a contribution to another theme (or to "Autres propositions"): the move wins over the engine at every later
     * run. The target must be one of the consultation's themes.
     */
    @Transactional
    public void move(Actor actor, long contributionId, ThemeKey target) {
        ThemeStore.Placement placement =
                store.placement(contributionId).orElseThrow(() -> new UserFacingException("theme.move.unplaced"));
        long consultationId = consultationOf(contributionId);
        long councilId = consultations.councilOf(consultationId);
        permissions.require(actor, Action.CURATE_CONVERGENCES, councilId);
        if (!themeKeys(consultationId).contains(target)) {
            throw new UserFacingException("theme.move.unknown");
        }
        store.place(
                consultationId,
                List.of(new ThemeStore.Placement(contributionId, target, MODERATOR)),
                clock.instant(),
                actor.accountId());
        prepared.remove(consultationId);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "theme.move",
                "contribution",
                String.valueOf(contributionId),
                Map.of("theme", placement.theme().toString()),
                Map.of("theme", target.toString())));
    }

    private long consultationOf(long contributionId) {
        return store.consultationOf(contributionId).orElseThrow(() -> new UserFacingException("theme.move.unplaced"));
    }

    private Set<ThemeKey> themeKeys(long consultationId) {
        Set<ThemeKey> keys = new java.util.HashSet<>();
        keys.add(ThemeKey.OTHER);
        consultations
                .details(consultationId)
                .themes()
                .forEach(theme -> keys.add(ThemeKey.council(StoredId.of(theme.id()))));
        store.proposals(consultationId).forEach(proposal -> keys.add(ThemeKey.proposed(proposal.id())));
        return keys;
    }

    /** A contribution in a theme as listed: who placed it there (CONTRIBUTOR, ENGINE or MODERATOR). */
    public record Member(
            long contributionId,
            String title,
            String placedBy,
            @Nullable String communeInsee,
            String origin) {}

    /** A theme with its public members; the label is null for "Autres propositions" (the reader's language names it). */
    public record ThemeView(ThemeKey key, @Nullable String label, List<Member> members) {}

    /**
     * The consultation's themes in the taxonomy's order (the engine's proposals when the council has none), then
     * "Autres propositions" when it holds something; members are the contributions the public may read now.
     */
    @Transactional(readOnly = true)
    public List<ThemeView> themes(long consultationId) {
        Map<ThemeKey, String> labels = new LinkedHashMap<>();
        consultations
                .details(consultationId)
                .themes()
                .forEach(theme -> labels.put(ThemeKey.council(StoredId.of(theme.id())), theme.name()));
        store.proposals(consultationId)
                .forEach(proposal -> labels.put(ThemeKey.proposed(proposal.id()), proposal.label()));
        List<ThemeStore.Row> rows = store.rows(consultationId);
        Set<Long> visible = publicContributions.visibleAmong(
                rows.stream().map(ThemeStore.Row::contributionId).toList());
        Map<ThemeKey, List<Member>> members = new LinkedHashMap<>();
        labels.keySet().forEach(key -> members.put(key, new ArrayList<>()));
        members.put(ThemeKey.OTHER, new ArrayList<>());
        for (ThemeStore.Row row : rows) {
            if (visible.contains(row.contributionId())) {
                members.computeIfAbsent(row.theme(), key -> new ArrayList<>())
                        .add(new Member(
                                row.contributionId(), row.title(), row.placedBy(), row.communeInsee(), row.origin()));
            }
        }
        List<ThemeView> themes = new ArrayList<>();
        members.forEach((key, list) -> {
            if (!key.isOther() || !list.isEmpty()) {
                themes.add(new ThemeView(key, key.isOther() ? null : labels.get(key), List.copyOf(list)));
            }
        });
        return themes;
    }

    /** Whether the consultation's contributions have been placed in themes at least once. */
    @Transactional(readOnly = true)
    public boolean computed(long consultationId) {
        return !store.placements(consultationId).isEmpty();
    }

    /**
     * Places the public contributions that arrived since the last run (any path: online, collected, paper, import)
     * under their theme, with a model of the consultation's themes kept between calls. Returns how many were placed.
     */
    @Transactional
    public int placeArrivals() {
        int placed = 0;
        for (long consultationId : store.consultationsWithUnplaced()) {
            List<Long> arrivals = store.unplaced(consultationId);
            List<Theme> councilThemes = consultations.details(consultationId).themes();
            Map<Long, Long> choices = store.contributorChoices(consultationId);
            Map<Long, Document> documents = convergenceStore.documents(consultationId, Set.of()).stream()
                    .collect(Collectors.toMap(document -> Long.valueOf(document.id()), document -> document));
            ThemeEngine.Prepared model = councilThemes.isEmpty()
                    ? null
                    : prepared.computeIfAbsent(consultationId, id -> {
                        Set<Long> waiting = Set.copyOf(arrivals);
                        List<Document> placedDocuments = documents.values().stream()
                                .filter(d -> !waiting.contains(Long.valueOf(d.id())))
                                .toList();
                        Map<String, String> fixed = new HashMap<>();
                        store.placements(id).forEach(p -> {
                            if (p.theme().councilThemeId() != null) {
                                fixed.put(
                                        String.valueOf(p.contributionId()),
                                        String.valueOf(p.theme().councilThemeId()));
                            }
                        });
                        return engine.prepare(placedDocuments, specs(councilThemes), fixed);
                    });
            List<ThemeStore.Placement> placements = new ArrayList<>();
            for (long arrival : arrivals) {
                Document document = documents.get(arrival);
                if (document == null) {
                    continue;
                }
                Long chosen = choices.get(arrival);
                ThemeKey key;
                if (chosen != null) {
                    key = ThemeKey.council(chosen);
                } else if (model != null) {
                    String theme = model.place(document);
                    key = theme.equals(ThemeEngine.OTHER) ? ThemeKey.OTHER : ThemeKey.council(Long.parseLong(theme));
                } else {
                    key = ThemeKey.OTHER; // proposed themes are proposed again at the next run
                }
                placements.add(new ThemeStore.Placement(arrival, key, chosen != null ? CONTRIBUTOR : ENGINE));
            }
            store.place(consultationId, placements, clock.instant(), null);
            placed += placements.size();
        }
        return placed;
    }

    /** The theme of each public contribution placed in the consultation (for grouping convergences and the synthesis). */
    @Transactional(readOnly = true)
    public Map<Long, ThemeKey> placements(long consultationId) {
        return store.placements(consultationId).stream()
                .collect(Collectors.toMap(ThemeStore.Placement::contributionId, ThemeStore.Placement::theme));
    }
}
