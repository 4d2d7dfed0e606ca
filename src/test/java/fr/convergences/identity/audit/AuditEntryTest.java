package fr.convergences.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void any_change_of_content_changes_the_hash() {
        AuditEntry entry = new AuditEntry(
                7,
                1,
                7L,
                3L,
                "mandate.end",
                "mandate",
                "12",
                "{}",
                "{\"end\":\"2026-11-24\"}",
                Instant.parse("2026-11-24T10:00:00.123456Z"),
                AuditEntry.GENESIS,
                null);
        AuditEntry edited = new AuditEntry(
                7,
                1,
                7L,
                3L,
                "mandate.end",
                "mandate",
                "12",
                "{}",
                "{\"end\":\"2026-11-25\"}",
                Instant.parse("2026-11-24T10:00:00.123456Z"),
                AuditEntry.GENESIS,
                null);

        assertThat(entry.computeHash())
                .hasSize(64)
                .isEqualTo(entry.computeHash())
                .isNotEqualTo(edited.computeHash());
    }
}
