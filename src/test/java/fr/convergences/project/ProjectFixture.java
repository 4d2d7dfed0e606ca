package fr.convergences.project;

import fr.convergences.identity.Actor;
import fr.convergences.motion.VotingFixture;
import fr.convergences.motion.application.BallotService;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.Vote;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.territory.Commune;
import fr.convergences.territory.CommuneRepository;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationKind;
import fr.convergences.territory.organisation.OrganisationRepository;
import fr.convergences.testing.TestPlatform;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh council for a projet test (its admin, colleges and titulars from {@link VotingFixture}), two verified
 * organisations and two communes of its territory; motions decided by a real vote when a test needs one.
 */
final class ProjectFixture {

    final TestPlatform platform;
    final VotingFixture council;
    final Actor admin;
    final Organisation owner;
    final Organisation partner;
    final Commune commune;
    final Commune otherCommune;

    ProjectFixture(TestPlatform platform) {
        this.platform = platform;
        this.council = new VotingFixture(platform, 3, 0);
        this.admin = council.admin;
        this.owner = organisation("CPTS Centre-Essonne");
        this.partner = organisation("France Assos Santé");
        this.commune = commune("Évry-Courcouronnes");
        this.otherCommune = commune("Étampes");
    }

    long councilId() {
        return council.council.id();
    }

    /** A motion of that kind, voted for by every titular and closed: adopted. */
    long adoptedMotion(MotionKind kind) {
        return adopted(council.openOnline(BallotKind.ROLL_CALL, kind, VotingMethod.FOR_AGAINST, List.of()));
    }

    /** The same, for a motion answering these contributions of the consultation (linked in its form). */
    long adoptedMotion(MotionKind kind, long consultation, Set<Long> contributions) {
        Motion motion = council.publishedMotion(kind, consultation, contributions, Set.of());
        return adopted(council.openOnline(motion, BallotKind.ROLL_CALL, VotingMethod.FOR_AGAINST));
    }

    private long adopted(VotingSession session) {
        BallotService ballots = platform.bean(BallotService.class);
        council.titulars.forEach(titular ->
                ballots.cast(titular.actor(), session.id(), titular.seat(), new BallotChoice.ForAgainst(Vote.FOR)));
        platform.bean(VotingSessionService.class).close(admin, session.id());
        return session.motionId();
    }

    private Organisation organisation(String name) {
        return platform.bean(OrganisationRepository.class)
                .save(new Organisation(
                        null,
                        name + " " + UUID.randomUUID().toString().substring(0, 8),
                        OrganisationKind.ASSOCIATION,
                        false,
                        null,
                        null,
                        true,
                        Instant.now()));
    }

    private Commune commune(String name) {
        CommuneRepository communes = platform.bean(CommuneRepository.class);
        String code;
        do {
            code = String.format("0%04d", ThreadLocalRandom.current().nextInt(1000, 10_000));
        } while (communes.existsById(code));
        return communes.save(new Commune(code, council.council.territoryId(), name));
    }
}
