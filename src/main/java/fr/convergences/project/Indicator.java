package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A result indicator of the projet, optionally of one action: what it measures, from where, its baseline and target,
 * and the users' college's agreement (co-adoption) once recorded: which college, on what day, recorded by whom and when.
 */
@MappedEntity("project_indicator")
public record Indicator(
        @Id @GeneratedValue @Nullable Long id,
        Long projectId,
        @Nullable Long actionId,
        String name,
        String definition,
        String unit,
        String source,
        BigDecimal baselineValue,
        LocalDate baselineOn,
        BigDecimal targetValue,
        LocalDate targetOn,
        Frequency frequency,
        Direction direction,
        String owner,
        @Nullable Long agreedCollegeId,
        @Nullable LocalDate agreedOn,
        @Nullable Long agreementRecordedBy,
        @Nullable Instant agreementRecordedAt,
        Long createdBy,
        Instant createdAt,
        @Version @Nullable Long version) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int DEFINITION_MAX_LENGTH = 5000;
    public static final int UNIT_MAX_LENGTH = 40;
    public static final int SOURCE_MAX_LENGTH = 300;
    public static final int OWNER_MAX_LENGTH = 200;

    /** A new indicator, not yet saved, awaiting the users' college's agreement. */
    public static Indicator proposed(
            long projectId,
            @Nullable Long actionId,
            String name,
            String definition,
            String unit,
            String source,
            IndicatorForm.Target target,
            Frequency frequency,
            String owner,
            Long createdBy,
            Instant createdAt) {
        return new Indicator(
                null,
                projectId,
                actionId,
                name,
                definition,
                unit,
                source,
                target.baselineValue(),
                target.baselineOn(),
                target.targetValue(),
                target.targetOn(),
                frequency,
                target.direction(),
                owner,
                null,
                null,
                null,
                null,
                createdBy,
                createdAt,
                null);
    }

    public boolean coAdopted() {
        return agreedOn != null;
    }

    public Indicator withAgreement(long collegeId, LocalDate on, long recordedBy, Instant recordedAt) {
        return new Indicator(
                id,
                projectId,
                actionId,
                name,
                definition,
                unit,
                source,
                baselineValue,
                baselineOn,
                targetValue,
                targetOn,
                frequency,
                direction,
                owner,
                collegeId,
                on,
                recordedBy,
                recordedAt,
                createdBy,
                createdAt,
                version);
    }
}
