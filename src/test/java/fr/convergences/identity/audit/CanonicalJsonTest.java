package fr.convergences.identity.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    @Test
    void key_order_does_not_change_the_text() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", 2);
        one.put("a", "x");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", "x");
        other.put("b", 2);

        assertThat(CanonicalJson.write(one)).isEqualTo(CanonicalJson.write(other)).isEqualTo("{\"a\":\"x\",\"b\":2}");
    }

    @Test
    void strings_are_escaped_and_nesting_is_kept() {
        assertThat(CanonicalJson.write(Map.of("q", "il a dit \"non\"\n", "l", List.of(1, true, Map.of()))))
                .isEqualTo("{\"l\":[1,true,{}],\"q\":\"il a dit \\\"non\\\"\\n\"}");
    }

    @Test
    void any_change_of_content_changes_the_hash() {
        AuditEntry entry = new AuditEntry(7, 1, 7L, 3L, "mandate.end", "mandate", "12", "{}", "{\"end\":\"2026-11-24\"}",
                Instant.parse("2026-11-24T10:00:00.123456Z"), AuditEntry.GENESIS, null);
        AuditEntry edited = new AuditEntry(7, 1, 7L, 3L, "mandate.end", "mandate", "12", "{}", "{\"end\":\"2026-11-25\"}",
                Instant.parse("2026-11-24T10:00:00.123456Z"), AuditEntry.GENESIS, null);

        assertThat(entry.computeHash()).hasSize(64).isEqualTo(entry.computeHash()).isNotEqualTo(edited.computeHash());
    }
}
