package fr.convergences.convergence;

import fr.convergences.base.StoredId;
import fr.convergences.testing.TestPlatform;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Builds a convergence for a test without running the engine: its row through the repository and its members through
 * the store the engine writes them with, in one transaction. The defaults (named below) make a confirmed convergence
 * of a consultation, labelled "Trouver un médecin traitant", with no member; each test changes what it is about.
 */
public final class TestConvergences {

    public static final String LABEL = "Trouver un médecin traitant";
    public static final String TERMS = "médecin";

    private final TestPlatform platform;

    public TestConvergences(TestPlatform platform) {
        this.platform = platform;
    }

    /** A convergence of the consultation, with the defaults until changed. */
    public Builder of(long consultationId) {
        return new Builder(consultationId);
    }

    public final class Builder {
        private final long consultationId;
        private String engineKey = UUID.randomUUID().toString();
        private String label = LABEL;
        private boolean labelEdited;
        private String terms = TERMS;
        private ConvergenceStatus status = ConvergenceStatus.CONFIRMED;
        private double score = 1;
        private int sources;
        private List<Long> members = List.of();

        private Builder(long consultationId) {
            this.consultationId = consultationId;
        }

        public Builder engineKey(String key) {
            this.engineKey = key;
            return this;
        }

        /** A label as a curator wrote it (label_edited). */
        public Builder label(String text) {
            this.label = text;
            this.labelEdited = true;
            return this;
        }

        public Builder terms(String words) {
            this.terms = words;
            return this;
        }

        public Builder status(ConvergenceStatus value) {
            this.status = value;
            return this;
        }

        public Builder score(double value) {
            this.score = value;
            return this;
        }

        public Builder sources(int count) {
            this.sources = count;
            return this;
        }

        /** The member contributions, most representative first (rank 1, 2…). */
        public Builder members(List<Long> contributionIds) {
            this.members = List.copyOf(contributionIds);
            return this;
        }

        public StoredConvergence create() {
            TransactionOperations<Connection> transactions = platform.bean(TransactionOperations.class);
            return transactions.executeWrite(transaction -> {
                StoredConvergence saved = platform.bean(StoredConvergenceRepository.class)
                        .save(new StoredConvergence(
                                null,
                                consultationId,
                                engineKey,
                                label,
                                labelEdited,
                                terms,
                                status,
                                score,
                                sources,
                                0,
                                0,
                                0,
                                Instant.now(),
                                null,
                                null,
                                null));
                platform.bean(ConvergenceStore.class).replaceMembers(StoredId.of(saved.id()), members);
                return saved;
            });
        }
    }
}
