package fr.convergences.motion.model;

import fr.convergences.base.StoredId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A vote on a motion, in a sitting or online over a time window: its rules, its window (opened and closed
 * by hand or at set times), and once closed its outcome, its count, the hash of its published secret
 * ballots and the head of its hash chain.
 */
@MappedEntity("voting_session")
public record VotingSession(
        @Id @GeneratedValue @Nullable Long id,
        Long motionId,
        Long councilId,
        @Nullable Long sittingId,
        BallotKind ballotKind,
        VotingMethod method,
        MajorityRule majority,
        boolean doubleMajority,
        TieRule tieRule,
        @Nullable Integer quorumNumerator,
        @Nullable Integer quorumDenominator,
        @Nullable Long reconvenesSessionId,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        Status status,
        @Nullable Instant openedAt,
        @Nullable Instant closedAt,
        Long createdBy,
        Instant createdAt,
        @Nullable Outcome outcome,
        @Nullable Long winningOptionId,
        @Nullable String resultJson,
        @Nullable String ballotsHash,
        @Nullable Long headSeq,
        @Nullable String headHash,
        @Version @Nullable Long version) {

    public enum Status {
        PLANNED,
        OPEN,
        CLOSED
    }

    /** The id of a voting session read from or saved to the database: only one not saved yet has none (a bug to ask). */
    public long storedId() {
        return StoredId.of(id);
    }

    /** The rules; no quorum when the session reconvenes one that lacked it (the table holds both terms or neither). */
    public VotingRules rules() {
        Integer numerator = quorumNumerator;
        Integer denominator = quorumDenominator;
        return new VotingRules(
                majority,
                doubleMajority,
                tieRule,
                numerator == null || denominator == null ? null : new QuorumPolicy.Quorum(numerator, denominator));
    }

    public boolean inSitting() {
        return sittingId != null;
    }

    /** Open, and within its window if it has a closing time. */
    public boolean acceptsBallotsAt(Instant now) {
        return status == Status.OPEN && (closesAt == null || now.isBefore(closesAt));
    }

    /**
     * The published head: {@code seq:hash}, as printed in the minutes and taken by {@code verify-session --expect};
     * null until the session is closed.
     */
    public @Nullable String publishedHead() {
        return headHash == null ? null : headSeq + ":" + headHash;
    }

    public VotingSession opened(Instant at) {
        return new VotingSession(
                id,
                motionId,
                councilId,
                sittingId,
                ballotKind,
                method,
                majority,
                doubleMajority,
                tieRule,
                quorumNumerator,
                quorumDenominator,
                reconvenesSessionId,
                opensAt,
                closesAt,
                Status.OPEN,
                at,
                closedAt,
                createdBy,
                createdAt,
                outcome,
                winningOptionId,
                resultJson,
                ballotsHash,
                headSeq,
                headHash,
                version);
    }

    public VotingSession closed(
            Instant at,
            Outcome newOutcome,
            @Nullable Long winner,
            String result,
            @Nullable String listHash,
            long seq,
            String hash) {
        return new VotingSession(
                id,
                motionId,
                councilId,
                sittingId,
                ballotKind,
                method,
                majority,
                doubleMajority,
                tieRule,
                quorumNumerator,
                quorumDenominator,
                reconvenesSessionId,
                opensAt,
                closesAt,
                Status.CLOSED,
                openedAt,
                at,
                createdBy,
                createdAt,
                newOutcome,
                winner,
                result,
                listHash,
                seq,
                hash,
                version);
    }
}
