package fr.convergences.debate.organiser;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.DebateStatus;
import fr.convergences.debate.DebateStore;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.Permissions;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * "Mes débats": a person's own debates, in three groups (proposed, to come, past or cancelled), each with its next
 * steps, and the consultations where they may propose one now. Only one's own debates are read: nothing to authorise
 * beyond being signed in.
 */
@Singleton
public class OrganiserSpace {

    private final DebateStore records;
    private final DebateService debates;
    private final ConsultationService consultations;
    private final Permissions permissions;
    private final Clock clock;

    public OrganiserSpace(
            DebateStore records,
            DebateService debates,
            ConsultationService consultations,
            Permissions permissions,
            Clock clock) {
        this.permissions = permissions;
        this.records = records;
        this.debates = debates;
        this.consultations = consultations;
        this.clock = clock;
    }

    /** The person's debates by group; empty groups for an anonymous visitor. */
    @Transactional(readOnly = true)
    public Groups of(Actor actor) {
        if (!actor.isAuthenticated()) {
            return new Groups(List.of(), List.of(), List.of());
        }
        Instant now = clock.instant();
        List<OrganisedDebate> all = records.organisedBy(actor.accountId()).stream()
                .map(row -> new OrganisedDebate(row, NextStepPolicy.stepsFor(row, now)))
                .toList();
        return new Groups(
                all.stream()
                        .filter(item -> item.debate().status() == DebateStatus.PENDING)
                        .toList(),
                all.stream()
                        .filter(item -> item.debate().status() == DebateStatus.PUBLISHED
                                && now.isBefore(item.debate().startsAt()))
                        .sorted(java.util.Comparator.comparing(
                                item -> item.debate().startsAt()))
                        .toList(),
                all.stream()
                        .filter(item -> item.debate().status() == DebateStatus.CANCELLED
                                || item.debate().status() == DebateStatus.PUBLISHED
                                        && !now.isBefore(item.debate().startsAt()))
                        .toList());
    }

    /** The consultations where the person may propose a debate today (their phase of debates is open). */
    @Transactional(readOnly = true)
    public List<Consultation> whereToPropose(Actor actor) {
        if (!actor.isAuthenticated()) {
            return List.of();
        }
        // The permission is asked once per council: the whole list of consultations grows with the platform.
        java.util.Map<Long, Boolean> organises = new java.util.HashMap<>();
        return consultations.all().stream()
                .filter(consultation -> organises.computeIfAbsent(
                        consultation.councilId(),
                        council -> permissions.allows(actor, Action.ORGANISE_DEBATE, council)))
                .filter(consultation -> debates.canOrganise(
                        actor, Objects.requireNonNull(consultation.id(), "a stored consultation has an id")))
                .toList();
    }

    /** Whether the page of debates offers the person a way into their space. */
    @Transactional(readOnly = true)
    public boolean isOrganiser(Actor actor) {
        return actor.isAuthenticated()
                && (!records.organisedBy(actor.accountId()).isEmpty()
                        || !whereToPropose(actor).isEmpty());
    }

    public record Groups(List<OrganisedDebate> proposed, List<OrganisedDebate> upcoming, List<OrganisedDebate> past) {

        public boolean isEmpty() {
            return proposed.isEmpty() && upcoming.isEmpty() && past.isEmpty();
        }
    }
}
