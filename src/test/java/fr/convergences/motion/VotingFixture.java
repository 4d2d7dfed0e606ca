package fr.convergences.motion;

import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.application.SessionForm;
import fr.convergences.motion.application.VotingSessionService;
import fr.convergences.motion.model.BallotKind;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.VotingMethod;
import fr.convergences.motion.model.VotingSession;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.College;
import fr.convergences.territory.council.CollegeRepository;
import fr.convergences.territory.council.Mandate;
import fr.convergences.territory.council.MandateKind;
import fr.convergences.territory.council.MandateRepository;
import fr.convergences.territory.council.MandateStatus;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A fresh council for a voting test: an admin, two colleges with voting right (titulars, some backed by
 * substitutes) and one without, all with accounts. Small builders, no shared SQL.
 */
public final class VotingFixture {

    public final TestPlatform platform;
    public final Council council;
    public final Actor admin;
    public final List<Member> titulars = new ArrayList<>();
    public final List<Member> substitutes = new ArrayList<>();
    public final List<College> colleges = new ArrayList<>();
    public Member adviser;

    /** A seated person: their mandate and account. */
    public record Member(Mandate mandate, Account account) {
        public Actor actor() {
            return Actor.account(account.id());
        }

        public long seat() {
            return mandate.titularMandateId() != null ? mandate.titularMandateId() : mandate.id();
        }
    }

    public VotingFixture(TestPlatform platform, int titularsPerCollege, int substitutesPerCollege) {
        this.platform = platform;
        this.council = new TestCouncils(platform).create();
        TestAccounts accounts = new TestAccounts(platform);
        Account adminAccount = accounts.create("Secrétariat");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, adminAccount.id(), council.id(), CouncilRole.COUNCIL_ADMIN));
        this.admin = Actor.account(adminAccount.id());
        for (int position = 1; position <= 3; position++) {
            College college = platform.bean(CollegeRepository.class)
                    .save(new College(null, council.id(), "Collège " + position, null, 500, position));
            colleges.add(college);
            boolean votes = position < 3;
            int count = votes ? titularsPerCollege : 1;
            for (int seat = 1; seat <= count; seat++) {
                Member titular = seat(
                        college,
                        MandateKind.TITULAR,
                        seat,
                        null,
                        votes,
                        accounts.create("Titulaire " + position + "-" + seat));
                if (!votes) {
                    adviser = titular;
                    continue;
                }
                titulars.add(titular);
                if (seat <= substitutesPerCollege) {
                    substitutes.add(seat(
                            college,
                            MandateKind.SUBSTITUTE,
                            null,
                            titular.mandate().id(),
                            true,
                            accounts.create("Suppléant " + position + "-" + seat)));
                }
            }
        }
    }

    /** A further college with voting right and its titulars (a small State college, for example), added after the others. */
    public List<Member> addVotingCollege(String name, int seats) {
        College college = platform.bean(CollegeRepository.class)
                .save(new College(null, council.id(), name, null, 500, colleges.size() + 1));
        colleges.add(college);
        TestAccounts accounts = new TestAccounts(platform);
        List<Member> members = new ArrayList<>();
        for (int seat = 1; seat <= seats; seat++) {
            Member titular = seat(college, MandateKind.TITULAR, seat, null, true, accounts.create(name + " " + seat));
            titulars.add(titular);
            members.add(titular);
        }
        return members;
    }

    private Member seat(College college, MandateKind kind, Integer seat, Long titular, boolean votes, Account account) {
        Mandate mandate = platform.bean(MandateRepository.class)
                .save(new Mandate(
                        null,
                        council.id(),
                        college.id(),
                        kind,
                        seat,
                        titular,
                        account.displayName(),
                        account.email(),
                        account.id(),
                        LocalDate.now().minusYears(1),
                        LocalDate.now().plusYears(4),
                        null,
                        votes,
                        MandateStatus.ACTIVE,
                        null,
                        null,
                        null));
        return new Member(mandate, account);
    }

    /** The substitute backing a titular, if any. */
    public Member substituteOf(Member titular) {
        return substitutes.stream()
                .filter(s ->
                        s.mandate().titularMandateId().equals(titular.mandate().id()))
                .findFirst()
                .orElseThrow();
    }

    public Motion publishedMotion(MotionKind kind, List<String> options) {
        return published(new MotionForm(
                null,
                kind,
                "Motion " + kind,
                "Le conseil demande…",
                "Parce que…",
                options,
                List.of(),
                Set.of(),
                Set.of()));
    }

    /** A published motion citing contributions and convergences of a consultation, as its form links them. */
    public Motion publishedMotion(
            MotionKind kind, long consultationId, Set<Long> contributionIds, Set<Long> convergenceIds) {
        return published(new MotionForm(
                consultationId,
                kind,
                "Motion " + kind,
                "Le conseil demande…",
                "Parce que…",
                List.of(),
                List.of(),
                contributionIds,
                convergenceIds));
    }

    private Motion published(MotionForm form) {
        MotionService motions = platform.bean(MotionService.class);
        Motion motion = motions.draft(admin, council.id(), form);
        return motions.publish(admin, motion.id());
    }

    /** An open online session on a new published motion. */
    public VotingSession openOnline(BallotKind ballotKind, MotionKind kind, VotingMethod method, List<String> options) {
        return openOnline(publishedMotion(kind, options), ballotKind, method);
    }

    /** An open online session on this published motion. */
    public VotingSession openOnline(Motion motion, BallotKind ballotKind, VotingMethod method) {
        VotingSessionService sessions = platform.bean(VotingSessionService.class);
        VotingSession session = sessions.plan(admin, motion.id(), SessionForm.online(ballotKind, method, null));
        return sessions.open(admin, session.id());
    }

    /**
     * The sitting has begun: its start moved to a minute ago, as if its time had come (votes in it open only from then,
     * SittingTimePolicy). Tests that hold a sitting now call it before opening its votes or closing it. Its convocation is
     * marked sent, as it was before any sitting starts: otherwise the background job would send it now, and its update of
     * the sitting would race the test's own (an optimistic-lock failure on closing it).
     */
    public static void begin(TestPlatform platform, long sittingId) {
        new fr.convergences.testing.TestSql(platform)
                .update(
                        "UPDATE sitting SET starts_at = now() - interval '1 minute', "
                                + "convocation_sent_at = coalesce(convocation_sent_at, now() - interval '1 minute') WHERE id = ?",
                        sittingId);
    }
}
