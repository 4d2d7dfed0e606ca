package fr.convergences.convergence;

import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.contribution.PublicContributions;
import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.Convergence;
import fr.convergences.convergence.engine.ConvergenceEngine;
import fr.convergences.convergence.engine.Document;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.audit.AuditEvent;
import fr.convergences.identity.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Convergences of a consultation: found by the engine, then curated by moderators, who rename, merge, split, confirm
 * or dismiss them. Confirmed convergences survive a new computation (their members are not clustered again); a
 * dismissed group is not proposed again. Every curation decision is audit-logged.
 */
@Singleton
public class ConvergenceService {

    /** A proposed group sharing this much of a dismissed one's members is the same group proposed again. */
    static final double SAME_GROUP = 0.5;
    /** A convergence is the same need voiced by at least two distinct voices; with fewer left, the public no longer sees it. */
    static final int MIN_VOICES = 2;
    /** A convergence's own page quotes more of its members than a card in the list does. */
    static final int PAGE_QUOTES = 5;

    private final StoredConvergenceRepository convergences;
    private final ConvergenceStore store;
    private final ConvergenceEngine engine;
    private final ConsultationService consultations;
    private final PublicContributions publicContributions;
    private final Permissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ThemeService themes;

    public ConvergenceService(
            StoredConvergenceRepository convergences,
            ConvergenceStore store,
            ConvergenceEngine engine,
            ConsultationService consultations,
            PublicContributions publicContributions,
            Permissions permissions,
            AuditTrail audit,
            Clock clock,
            ThemeService themes) {
        this.themes = themes;
        this.publicContributions = publicContributions;
        this.convergences = convergences;
        this.store = store;
        this.engine = engine;
        this.consultations = consultations;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Runs the engine on the consultation's contributions that no confirmed convergence holds; replaces the proposed
     * ones. Themes are placed again in the same run: the two levels never disagree on which contributions exist.
     */
    @Transactional
    public int compute(Actor actor, long consultationId) {
        long councilId = consultations.councilOf(consultationId);
        permissions.require(actor, Action.CURATE_CONVERGENCES, councilId);
        Set<Long> confirmed = store.membersWithStatus(consultationId, ConvergenceStatus.CONFIRMED);
        // A moderator's name for a proposed group follows the group, not its exact members: the same key, or the new
        // group that shares most of its members (a contribution published since, or hidden, changes the key).
        List<RenamePolicy.Renamed> renamed =
                convergences.findByConsultationIdAndStatus(consultationId, ConvergenceStatus.PROPOSED).stream()
                        .filter(StoredConvergence::labelEdited)
                        .map(old -> new RenamePolicy.Renamed(
                                old.engineKey(), old.label(), Set.copyOf(store.members(old.storedId()))))
                        .toList();
        store.deleteProposed(consultationId);
        List<Document> documents = store.documents(consultationId, confirmed);
        Clustering clustering = engine.cluster(documents);
        Map<String, Document> byId = documents.stream().collect(Collectors.toMap(Document::id, document -> document));
        List<Set<Long>> dismissed = store.dismissedGroups(consultationId);
        Instant now = clock.instant();
        int proposed = 0;
        for (Convergence found : clustering.convergences()) {
            List<Long> members = found.members().stream().map(Long::valueOf).toList();
            if (dismissed.stream().anyMatch(group -> RenamePolicy.overlap(group, members) >= SAME_GROUP)) {
                continue;
            }
            Optional<String> kept = RenamePolicy.labelFor(found.id(), members, renamed);
            StoredConvergence saved = convergences.save(new StoredConvergence(
                    null,
                    consultationId,
                    found.id(),
                    kept.orElseGet(() -> label(readable(found, byId))),
                    kept.isPresent(),
                    String.join(", ", found.terms()),
                    ConvergenceStatus.PROPOSED,
                    found.score(),
                    found.sources(),
                    0,
                    0,
                    0,
                    now,
                    null,
                    null,
                    null));
            store.replaceMembers(saved.storedId(), members);
            store.refreshFigures(saved.storedId());
            proposed++;
        }
        int placed = themes.placeAll(consultationId);
        audit.record(new AuditEvent(
                actor,
                councilId,
                "convergence.compute",
                "consultation",
                String.valueOf(consultationId),
                Map.of(),
                Map.of(
                        "contributions",
                        documents.size(),
                        "proposed",
                        proposed,
                        "confirmedKept",
                        confirmed.size(),
                        "themesPlaced",
                        placed)));
        return proposed;
    }

    @Transactional
    public StoredConvergence rename(Actor actor, long convergenceId, String label) {
        StoredConvergence convergence = curated(actor, convergenceId);
        String clean = TextInput.singleLine(label, StoredConvergence.LABEL_MAX_LENGTH, "convergence.label");
        record(actor, convergence, "convergence.rename", Map.of("label", convergence.label()), Map.of("label", clean));
        return convergences.update(convergence.withLabel(clean));
    }

    @Transactional
    public StoredConvergence confirm(Actor actor, long convergenceId) {
        return decide(actor, convergenceId, ConvergenceStatus.CONFIRMED, "convergence.confirm");
    }

    /** Sets the group aside: its members are free for the next computation, which will not propose it again. */
    @Transactional
    public StoredConvergence dismiss(Actor actor, long convergenceId) {
        ConvergenceStatus before = curated(actor, convergenceId).status();
        StoredConvergence dismissed = decide(actor, convergenceId, ConvergenceStatus.DISMISSED, "convergence.dismiss");
        store.dismiss(convergenceId, before);
        return dismissed;
    }

    /**
     * Undoes a dismissal: the convergence gets back its status and those of its former members that no other
     * convergence took meanwhile (a computation may have grouped them again); with none left, nothing changes.
     */
    @Transactional
    public StoredConvergence undoDismiss(Actor actor, long convergenceId) {
        StoredConvergence convergence =
                convergences.findById(convergenceId).orElseThrow(() -> new UserFacingException("convergence.unknown"));
        permissions.require(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(convergence.consultationId()));
        if (convergence.status() != ConvergenceStatus.DISMISSED) {
            throw new UserFacingException("convergence.undo.changed");
        }
        ConvergenceStore.Dismissal dismissal =
                store.dismissal(convergenceId).orElseThrow(() -> new UserFacingException("convergence.undo.changed"));
        List<Long> free = store.notInLiveConvergence(dismissal.members());
        if (free.isEmpty()) {
            throw new UserFacingException("convergence.undo.changed");
        }
        store.replaceMembers(convergenceId, free);
        store.clearDismissal(convergenceId);
        store.refreshFigures(convergenceId);
        record(
                actor,
                convergence,
                "convergence.dismiss.undo",
                Map.of("status", ConvergenceStatus.DISMISSED.name()),
                Map.of("status", dismissal.previous().name(), "members", free.size()));
        return convergences.update(convergence.decided(dismissal.previous(), actor.accountId(), clock.instant()));
    }

    /**
     * Brings two convergences together. The confirmed one survives with its label and status whichever card the
     * moderator merged from (merging a small proposed group into a confirmed one must not unpublish it); otherwise the
     * one merged into. The survivor's members come first. The outcome holds what undoing needs.
     */
    @Transactional
    public Merged merge(Actor actor, long convergenceId, long otherId) {
        StoredConvergence first = curated(actor, convergenceId);
        StoredConvergence second = curated(actor, otherId);
        if (first.storedId() == second.storedId() || !first.consultationId().equals(second.consultationId())) {
            throw new UserFacingException("convergence.merge.invalid");
        }
        boolean swap = second.status() == ConvergenceStatus.CONFIRMED && first.status() != ConvergenceStatus.CONFIRMED;
        StoredConvergence kept = swap ? second : first;
        StoredConvergence absorbed = swap ? first : second;
        List<Long> keptMembers = store.members(kept.storedId());
        List<Long> absorbedMembers = store.members(absorbed.storedId());
        Set<Long> members = new LinkedHashSet<>(keptMembers);
        members.addAll(absorbedMembers);
        convergences.delete(absorbed);
        store.replaceMembers(kept.storedId(), List.copyOf(members));
        store.refreshFigures(kept.storedId());
        record(
                actor,
                kept,
                "convergence.merge",
                Map.of(
                        "absorbed",
                        absorbed.id(),
                        "absorbedLabel",
                        absorbed.label(),
                        "absorbedStatus",
                        absorbed.status().name()),
                Map.of("members", members.size()));
        return new Merged(convergences.findById(kept.storedId()).orElseThrow(), absorbed, keptMembers, absorbedMembers);
    }

    /** A merge as done: the survivor, the absorbed convergence as it was, and both member lists before. */
    public record Merged(
            StoredConvergence kept, StoredConvergence absorbed, List<Long> keptMembers, List<Long> absorbedMembers) {}

    /**
     * Undoes a merge: the absorbed convergence comes back (label, status, members; a new id) and the survivor keeps its
     * own members. Refused, changing nothing, if the survivor's members changed since.
     */
    @Transactional
    public StoredConvergence undoMerge(Actor actor, Merged merged) {
        StoredConvergence kept = curated(actor, merged.kept().storedId());
        Set<Long> expected = new HashSet<>(merged.keptMembers());
        expected.addAll(merged.absorbedMembers());
        if (!new HashSet<>(store.members(kept.storedId())).equals(expected)) {
            throw new UserFacingException("convergence.undo.changed");
        }
        StoredConvergence old = merged.absorbed();
        StoredConvergence restored = convergences.save(new StoredConvergence(
                null,
                old.consultationId(),
                old.engineKey(),
                old.label(),
                old.labelEdited(),
                old.terms(),
                old.status(),
                old.score(),
                0,
                0,
                0,
                0,
                old.computedAt(),
                old.decidedBy(),
                old.decidedAt(),
                null));
        store.replaceMembers(kept.storedId(), merged.keptMembers());
        store.replaceMembers(restored.storedId(), merged.absorbedMembers());
        store.refreshFigures(kept.storedId());
        store.refreshFigures(restored.storedId());
        record(
                actor,
                kept,
                "convergence.merge.undo",
                Map.of("members", expected.size()),
                Map.of("members", merged.keptMembers().size(), "restored", restored.id()));
        return convergences.findById(restored.storedId()).orElseThrow();
    }

    /** Moves some members into a new proposed convergence, to be renamed; both keep at least one member. */
    @Transactional
    public StoredConvergence split(Actor actor, long convergenceId, Set<Long> moved) {
        StoredConvergence source = curated(actor, convergenceId);
        List<Long> members = store.members(convergenceId);
        if (moved == null || moved.isEmpty() || !members.containsAll(moved) || moved.size() == members.size()) {
            throw new UserFacingException("convergence.split.invalid");
        }
        List<Long> staying = new ArrayList<>(members);
        staying.removeAll(moved);
        StoredConvergence created = convergences.save(new StoredConvergence(
                null,
                source.consultationId(),
                source.engineKey() + "-split-" + clock.millis(),
                label(source.label() + " (2)"),
                false,
                source.terms(),
                ConvergenceStatus.PROPOSED,
                source.score(),
                0,
                0,
                0,
                0,
                clock.instant(),
                null,
                null,
                null));
        store.replaceMembers(convergenceId, staying);
        store.replaceMembers(
                created.storedId(), members.stream().filter(moved::contains).toList());
        store.refreshFigures(convergenceId);
        store.refreshFigures(created.storedId());
        record(
                actor,
                source,
                "convergence.split",
                Map.of("members", members.size()),
                Map.of("moved", moved.size(), "into", created.id()));
        return created;
    }

    /** Whether the actor curates this consultation's convergences (the page mirrors it; each use case checks again). */
    @Transactional(readOnly = true)
    public boolean canCurate(Actor actor, long consultationId) {
        return permissions.allows(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(consultationId));
    }

    /**
     * The consultation's convergences with their members: confirmed ones for everybody, proposed ones for curators too.
     * Members are those the public may read now (hidden and withdrawn ones leave every member list, quote and count at
     * once, and come back when restored); the public sees only convergences still voiced by two distinct voices. The
     * most voices first, then the most cohesive.
     */
    @Transactional(readOnly = true)
    public List<ConvergenceView> list(Actor viewer, long consultationId, int quotes) {
        boolean curator = canCurate(viewer, consultationId);
        List<ConvergenceStatus> shown = curator
                ? List.of(ConvergenceStatus.CONFIRMED, ConvergenceStatus.PROPOSED)
                : List.of(ConvergenceStatus.CONFIRMED);
        List<ConvergenceStore.MemberRow> rows = store.memberRows(consultationId, shown);
        Set<Long> visible = publicContributions.visibleAmong(
                rows.stream().map(ConvergenceStore.MemberRow::contributionId).toList());
        Map<Long, List<ConvergenceStore.MemberRow>> byConvergence = rows.stream()
                .filter(row -> visible.contains(row.contributionId()))
                .collect(Collectors.groupingBy(
                        ConvergenceStore.MemberRow::convergenceId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<ConvergenceStore.ChosenTheme>> chosen = store.chosenThemes(visible);
        return convergences
                .listForConsultation(
                        consultationId, shown.stream().map(Enum::name).toList())
                .stream()
                .map(convergence ->
                        view(convergence, byConvergence.getOrDefault(convergence.id(), List.of()), quotes, chosen))
                .filter(view -> curator || view.voices().distinct() >= MIN_VOICES)
                .sorted(Comparator.comparingInt(
                                (ConvergenceView view) -> view.voices().distinct())
                        .reversed()
                        .thenComparing(Comparator.comparingDouble((ConvergenceView view) ->
                                        view.convergence().score())
                                .reversed())
                        .thenComparing(view -> view.convergence().id()))
                .toList();
    }

    private ConvergenceView view(
            StoredConvergence convergence,
            List<ConvergenceStore.MemberRow> members,
            int quotes,
            Map<Long, List<ConvergenceStore.ChosenTheme>> chosen) {
        DistinctVoices.Voices voices = DistinctVoices.count(
                members.stream().map(ConvergenceService::voice).toList());
        Set<Long> organisations = new HashSet<>();
        members.forEach(row -> {
            if (row.organisationId() != null) {
                organisations.add(row.organisationId());
            }
            if (row.collectingOrganisationId() != null) {
                organisations.add(row.collectingOrganisationId());
            }
        });
        List<Long> ids =
                members.stream().map(ConvergenceStore.MemberRow::contributionId).toList();
        return new ConvergenceView(
                convergence,
                members.stream().map(ConvergenceStore.MemberRow::member).toList(),
                members.stream()
                        .limit(quotes)
                        .map(ConvergenceStore.MemberRow::quote)
                        .toList(),
                mainTheme(ids, chosen),
                voices,
                organisations.size(),
                (int) members.stream()
                        .map(ConvergenceStore.MemberRow::collegeId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .count(),
                (int) members.stream()
                        .map(ConvergenceStore.MemberRow::communeInsee)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .count());
    }

    /** The theme most of the members' contributors chose (the first in the taxonomy on a tie), or null. */
    private static @Nullable String mainTheme(
            List<Long> members, Map<Long, List<ConvergenceStore.ChosenTheme>> chosen) {
        Map<ConvergenceStore.ChosenTheme, Integer> counts = new HashMap<>();
        members.forEach(
                id -> chosen.getOrDefault(id, List.of()).forEach(theme -> counts.merge(theme, 1, Integer::sum)));
        return counts.entrySet().stream()
                .max(Comparator.comparingInt(
                                (Map.Entry<ConvergenceStore.ChosenTheme, Integer> entry) -> entry.getValue())
                        .thenComparing(entry -> -entry.getKey().position()))
                .map(entry -> entry.getKey().name())
                .orElse(null);
    }

    /**
     * A member as a voice: the organisation spoken for, else the author's account, else the imported author's hashed
     * identity on the other platform; a contribution without any is of unknown source.
     */
    static DistinctVoices.Member voice(ConvergenceStore.MemberRow row) {
        String source = row.organisationId() != null
                ? "organisation:" + row.organisationId()
                : row.authorAccountId() != null
                        ? "account:" + row.authorAccountId()
                        : row.importedAuthor() != null ? "imported:" + row.importedAuthor() : null;
        boolean knownPerson = row.authorAccountId() != null || !"IMPORTED".equals(row.origin());
        return new DistinctVoices.Member(
                row.contributionId(),
                source,
                VoiceKind.of(row.organisationKind(), row.collegeId() != null, knownPerson),
                row.title() + " " + row.body(),
                row.duplicateOf());
    }

    /** The confirmed convergences of a consultation: public, and what a motion may answer. */
    @Transactional(readOnly = true)
    public List<StoredConvergence> confirmed(long consultationId) {
        return convergences.listForConsultation(consultationId, List.of(ConvergenceStatus.CONFIRMED.name()));
    }

    /** A convergence by id, if it is confirmed. */
    @Transactional(readOnly = true)
    public java.util.Optional<StoredConvergence> confirmedById(long convergenceId) {
        return convergences
                .findById(convergenceId)
                .filter(convergence -> convergence.status() == ConvergenceStatus.CONFIRMED);
    }

    /**
     * One convergence as its own page shows it, if the viewer may see it there: the same rule as the consultation's
     * list (confirmed and voiced by two distinct voices for the public, proposed ones too for curators).
     */
    @Transactional(readOnly = true)
    public Optional<ConvergenceView> one(Actor viewer, long convergenceId) {
        return convergences
                .findById(convergenceId)
                .flatMap(found -> list(viewer, found.consultationId(), PAGE_QUOTES).stream()
                        .filter(view -> view.convergence().storedId() == convergenceId)
                        .findFirst());
    }

    /** The live convergence a contribution belongs to, if the viewer may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<ConvergenceStore.Belonging> convergenceOf(Actor viewer, long contributionId) {
        return store.convergenceOf(contributionId)
                .filter(belonging -> belonging.status() == ConvergenceStatus.CONFIRMED
                        || canCurate(viewer, belonging.consultationId()));
    }

    /**
     * A convergence as read now: its members that the public may read (most representative first), quotes of the first
     * ones, its main theme, its distinct voices, and the figures moderators read (organisations, colleges, communes).
     */
    public record ConvergenceView(
            StoredConvergence convergence,
            List<ConvergenceStore.Member> members,
            List<ConvergenceStore.Quote> quotes,
            @Nullable String theme,
            DistinctVoices.Voices voices,
            int organisations,
            int colleges,
            int communes) {}

    private StoredConvergence decide(Actor actor, long convergenceId, ConvergenceStatus status, String action) {
        StoredConvergence convergence = curated(actor, convergenceId);
        if (convergence.status() == status) {
            throw new UserFacingException("convergence.status.already");
        }
        record(
                actor,
                convergence,
                action,
                Map.of("status", convergence.status().name()),
                Map.of("status", status.name()));
        return convergences.update(convergence.decided(status, actor.accountId(), clock.instant()));
    }

    /** The convergence, if the actor curates its consultation; a dismissed one can no longer be curated. */
    private StoredConvergence curated(Actor actor, long convergenceId) {
        StoredConvergence convergence =
                convergences.findById(convergenceId).orElseThrow(() -> new UserFacingException("convergence.unknown"));
        permissions.require(actor, Action.CURATE_CONVERGENCES, consultations.councilOf(convergence.consultationId()));
        if (convergence.status() == ConvergenceStatus.DISMISSED) {
            throw new UserFacingException("convergence.dismissed");
        }
        return convergence;
    }

    private void record(
            Actor actor,
            StoredConvergence convergence,
            String action,
            Map<String, Object> before,
            Map<String, Object> after) {
        audit.record(new AuditEvent(
                actor,
                consultations.councilOf(convergence.consultationId()),
                action,
                "convergence",
                String.valueOf(convergence.id()),
                before,
                after));
    }

    /** The group named in its most representative member's words (the engine's label is word stems). */
    private static String readable(Convergence found, Map<String, Document> documents) {
        Document first = documents.get(found.members().getFirst());
        return first == null
                ? found.label()
                : ReadableLabel.of(first.title(), first.text(), found.terms(), found.label());
    }

    private static String label(String label) {
        String clean = Objects.requireNonNull(TextInput.clean(label), "a text given is cleaned, only null gives null");
        return clean.length() <= StoredConvergence.LABEL_MAX_LENGTH
                ? clean
                : clean.substring(0, StoredConvergence.LABEL_MAX_LENGTH - 1) + "…";
    }
}
