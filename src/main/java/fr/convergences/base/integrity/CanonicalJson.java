package fr.convergences.base.integrity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deterministic JSON text for hash-chained payloads and published results: keys sorted, no spaces, one way to escape
 * a string and to write a number. A hash over it never depends on a map's iteration order or a library's formatting.
 *
 * <p>The audit journal and the voting chains first had a rule each; every link stores the number of the rule it was
 * written with, so that a verifier re-deriving a text (a recount compared with a published result) derives it the same
 * way, and links written before the rules were merged keep verifying. New links are written with {@link #CURRENT}.
 */
public final class CanonicalJson {

    /** The rules, numbered as stored in the chains' {@code canonical_rule} column. Never change a published rule. */
    public enum Rule {
        /** The audit journal's first rule: {@code \n \r \t} as short escapes, numbers as Java prints them. */
        AUDIT_2025(1),
        /** The voting chains' first rule: only quote and backslash as short escapes, non-integer numbers truncated. */
        VOTING_2025(2),
        /**
         * One rule for every chain since December 2026: the short escapes of RFC 8259 ({@code \b \f \n \r \t}), integers as
         * written, decimals in plain notation without trailing zeros; infinities and NaN are refused, as JSON has none.
         */
        UNIFIED_2026(3);

        private final int number;

        Rule(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }

        public static Rule numbered(int number) {
            for (Rule rule : values()) {
                if (rule.number == number) {
                    return rule;
                }
            }
            throw new IllegalArgumentException("no canonical JSON rule numbered " + number);
        }
    }

    public static final Rule CURRENT = Rule.UNIFIED_2026;

    private CanonicalJson() {}

    /** The text under the current rule: what every new link stores. */
    public static String write(Object value) {
        return write(CURRENT, value);
    }

    public static String write(Rule rule, Object value) {
        StringBuilder out = new StringBuilder();
        append(rule, out, value);
        return out.toString();
    }

    private static void append(Rule rule, StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Boolean bool -> out.append(bool);
            case Number number -> out.append(number(rule, number));
            case Map<?, ?> map -> {
                Map<String, Object> sorted = new TreeMap<>();
                map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    string(rule, out, entry.getKey());
                    out.append(':');
                    append(rule, out, entry.getValue());
                }
                out.append('}');
            }
            case Collection<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object item : list) {
                    out.append(first ? "" : ",");
                    first = false;
                    append(rule, out, item);
                }
                out.append(']');
            }
            default -> string(rule, out, value.toString());
        }
    }

    private static String number(Rule rule, Number number) {
        return switch (rule) {
            case AUDIT_2025 -> number.toString();
            case VOTING_2025 ->
                number instanceof Integer || number instanceof Long
                        ? number.toString()
                        : Long.toString(number.longValue());
            case UNIFIED_2026 ->
                switch (number) {
                    case Byte b -> b.toString();
                    case Short s -> s.toString();
                    case Integer i -> i.toString();
                    case Long l -> l.toString();
                    case BigInteger big -> big.toString();
                    case BigDecimal decimal -> plain(decimal);
                    default -> {
                        double d = number.doubleValue();
                        if (!Double.isFinite(d)) {
                            throw new IllegalArgumentException("JSON has no " + d);
                        }
                        // Float's own decimal form, not the double it widens to (0.1f would print as
                        // 0.10000000149011612).
                        yield plain(number instanceof Float f ? new BigDecimal(f.toString()) : BigDecimal.valueOf(d));
                    }
                };
        };
    }

    private static String plain(BigDecimal decimal) {
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }

    private static void string(Rule rule, StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> rule == Rule.VOTING_2025 ? null : "\\n";
                case '\r' -> rule == Rule.VOTING_2025 ? null : "\\r";
                case '\t' -> rule == Rule.VOTING_2025 ? null : "\\t";
                case '\b' -> rule == Rule.UNIFIED_2026 ? "\\b" : null;
                case '\f' -> rule == Rule.UNIFIED_2026 ? "\\f" : null;
                default -> null;
            };
            if (escape != null) {
                out.append(escape);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
