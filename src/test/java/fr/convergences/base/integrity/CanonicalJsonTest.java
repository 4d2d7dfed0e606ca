package fr.convergences.base.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.integrity.CanonicalJson.Rule;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void key_order_does_not_change_the_text() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", 2);
        one.put("a", "x");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", "x");
        other.put("b", 2);

        assertThat(CanonicalJson.write(one))
                .isEqualTo(CanonicalJson.write(other))
                .isEqualTo("{\"a\":\"x\",\"b\":2}");
    }

    @Test
    void strings_are_escaped_and_nesting_is_kept() {
        assertThat(CanonicalJson.write(Map.of("q", "il a dit \"non\"\n", "l", List.of(1, true, Map.of()))))
                .isEqualTo("{\"l\":[1,true,{}],\"q\":\"il a dit \\\"non\\\"\\n\"}");
    }

    @Test
    void the_current_rule_uses_the_short_escapes_of_json_and_hex_for_other_control_characters() {
        assertThat(CanonicalJson.write("a\tb\nc\rd\be\ff\u0001g\\h\""))
                .isEqualTo("\"a\\tb\\nc\\rd\\be\\ff\\u0001g\\\\h\\\"\"");
    }

    @Test
    void the_current_rule_writes_integers_as_they_are_and_decimals_plainly_without_trailing_zeros() {
        assertThat(CanonicalJson.write(
                        List.of(7, 7L, 0.5, 2.0, new BigDecimal("1.2500"), new BigDecimal("1E+3"), 0.1f, -0.0)))
                .isEqualTo("[7,7,0.5,2,1.25,1000,0.1,0]");
    }

    @Test
    void json_has_no_infinity_so_the_current_rule_refuses_it() {
        assertThatThrownBy(() -> CanonicalJson.write(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The texts the two first rules produced before they were merged: links stored then must re-derive identically. */
    @Test
    void the_audit_journals_first_rule_is_kept_as_it_was() {
        assertThat(CanonicalJson.write(Rule.AUDIT_2025, Map.of("s", "x\ny\u0001", "n", 0.5, "i", 3)))
                .isEqualTo("{\"i\":3,\"n\":0.5,\"s\":\"x\\ny\\u0001\"}");
    }

    @Test
    void the_voting_chains_first_rule_is_kept_as_it_was() {
        assertThat(CanonicalJson.write(Rule.VOTING_2025, Map.of("s", "x\ny", "n", 0.5, "i", 3)))
                .isEqualTo("{\"i\":3,\"n\":0,\"s\":\"x\\u000ay\"}");
    }

    @Test
    void each_rule_is_found_by_the_number_stored_with_a_link() {
        for (Rule rule : Rule.values()) {
            assertThat(Rule.numbered(rule.number())).isSameAs(rule);
        }
        assertThatThrownBy(() -> Rule.numbered(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
