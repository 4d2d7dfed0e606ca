package fr.convergences.motion.model;

import org.jspecify.annotations.Nullable;

/**
 * Everything that decides who may vote for one seat (a titular's mandate) in one voting session: who
 * holds it and backs it, and, in a sitting, who declared absence, who gave a proxy to whom, who is present,
 * and who is recused on the motion. Built in one query by the ballot box, decided by {@link EligibilityPolicy}.
 */
public record SeatSituation(
        long seatMandateId,
        boolean inElectorate,
        @Nullable Long titularAccountId,
        @Nullable Long substituteAccountId,
        boolean inSitting,
        boolean titularAbsent,
        boolean substituteAbsent,
        @Nullable Long proxyHolderAccountId,
        boolean titularPresent,
        boolean substitutePresent,
        boolean holderPresent,
        boolean seatRecused,
        boolean actorRecused) {}
