package fr.convergences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each feature's SQL names only the tables it may see (design notes, habit 4): its own, and those of the features to
 * its left. A table belongs to the feature whose migration creates it (`V…__<feature>_<change>.sql`). The tables
 * named by a Java string literal are read by a simple rule: a known table's name right after FROM, JOIN, INTO,
 * UPDATE, USING or TABLE. ArchitectureTest checks the Java dependencies; this checks what they cannot see.
 */
class TableOwnershipTest {

    /** Migration prefixes of sub-features, and their feature. */
    static final Map<String, String> SUB_FEATURES = Map.of(
            "audit", "identity", "notification", "identity", "moderation", "contribution", "exchange", "contribution");

    /**
     * Tables created by a migration of one feature but kept by another: council suspensions came with moderation's
     * migration, yet their home is identity's repository, read by Permissions on every check.
     */
    static final Map<String, String> OWNER_OVERRIDES = Map.of("council_suspension", "identity");

    /**
     * Reads against the dependency direction known when the rule went in (2026-12-07), each with what would end it.
     * Remove an entry once its read is gone: an entry whose class still exists but no longer names the table fails
     * the test (an entry whose class is absent is ignored: it may come with a branch not merged yet).
     */
    static final Map<String, Set<String>> FROZEN_AGAINST_DIRECTION = Map.of(
            // The personal-data download names the council of each role. Ends when territory's personal-data section
            // adds the council names (identity only holds the ids).
            "fr.convergences.identity.profile.ProfileStore", Set.of("council"));

    /**
     * The tables of features to its left that each feature's SQL names today (2026-12-07): allowed by the dependency
     * direction, but the design notes want them read through their owner's service or a port. A new one fails the
     * test, so that the list only shrinks: read the table through its owner, or add it here with the reason.
     */
    static final Map<String, Set<String>> LEFT_READS = Map.of(
            "consultation", Set.of("commune"),
            "contribution",
                    Set.of(
                            "account",
                            "commune",
                            "consultation",
                            "council",
                            "council_role",
                            "council_suspension",
                            "notification",
                            "organisation",
                            "territory",
                            "theme"),
            "search",
                    Set.of(
                            "commune",
                            "consultation",
                            "contribution",
                            "contribution_addendum",
                            "contribution_answer",
                            "contribution_theme",
                            "council",
                            "theme"),
            // contribution_source: an imported row's hashed author is its voice (issue 12), read in the same query as
            // the rest of a member's voice, which a per-row call through contribution's service would multiply.
            "convergence",
                    Set.of(
                            "commune",
                            "consultation",
                            "contribution",
                            "contribution_mediation",
                            "contribution_source",
                            "contribution_theme",
                            "council",
                            "mandate",
                            "organisation",
                            "territory",
                            "theme"),
            "debate", Set.of("commune", "consultation", "contribution", "council", "territory", "theme"),
            "motion",
                    Set.of(
                            "account",
                            "bureau_seat",
                            "college",
                            "consultation",
                            "contribution",
                            "council",
                            "mandate",
                            "territory"),
            // mandate left with the demo data's roll-call, which asks territory's MandateService for the titulars.
            "project",
                    Set.of(
                            "contribution",
                            "contribution_support",
                            "convergence",
                            "convergence_member",
                            "council",
                            "motion",
                            "motion_ars_reply",
                            "motion_contribution",
                            "motion_convergence",
                            "territory"));

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("db/migration");
    private static final Pattern MIGRATION = Pattern.compile("V[0-9_]+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    /**
     * Text blocks, then ordinary literals (escaped quotes allowed); character literals and comments are matched too,
     * so that a quote inside them does not open a literal, and then skipped.
     */
    static final Pattern LITERAL = Pattern.compile(
            "\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'(?:[^'\\\\]|\\\\.)+'|//[^\\n]*|/\\*.*?\\*/",
            Pattern.DOTALL);

    private static final Pattern TABLE =
            Pattern.compile("(?i)\\b(?:from|join|into|update|using|table)\\s+([a-z_][a-z0-9_]*)");

    private static Map<String, String> owners;
    /** Class name to the tables its literals name. */
    private static Map<String, Set<String>> tablesByClass;

    @BeforeAll
    static void read() throws IOException {
        owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                String feature = SUB_FEATURES.getOrDefault(name.group(1), name.group(1));
                Matcher table = CREATE_TABLE.matcher(Files.readString(file));
                while (table.find()) {
                    owners.put(table.group(1).toLowerCase(Locale.ROOT), feature);
                }
            }
        }
        owners.putAll(OWNER_OVERRIDES);
        tablesByClass = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Set<String> tables = tablesNamedIn(read(file));
                if (!tables.isEmpty()) {
                    String path = SOURCES.relativize(file).toString();
                    tablesByClass.put(
                            path.substring(0, path.length() - ".java".length())
                                    .replace(file.getFileSystem().getSeparator(), "."),
                            tables);
                }
            });
        }
    }

    @Test
    void the_migrations_name_the_owner_of_every_table() {
        assertThat(owners)
                .as("tables found in db/migration")
                .hasSizeGreaterThan(50)
                .containsEntry("contribution", "contribution")
                .containsEntry("mandate", "territory")
                .containsEntry("moderation_decision", "contribution")
                .containsEntry("notification", "identity");
    }

    @Test
    void no_feature_names_a_table_of_a_feature_to_its_right_or_beside_it() {
        List<String> violations = new ArrayList<>();
        Map<String, Set<String>> stillFrozen = new TreeMap<>();
        tablesByClass.forEach((className, tables) -> {
            String feature = featureOf(className);
            for (String table : tables) {
                String owner = owners.get(table);
                if (owner.equals(feature) || level(owner) < level(feature)) {
                    continue;
                }
                if (FROZEN_AGAINST_DIRECTION.getOrDefault(className, Set.of()).contains(table)) {
                    stillFrozen
                            .computeIfAbsent(className, key -> new TreeSet<>())
                            .add(table);
                } else {
                    violations.add(
                            className + " names " + table + ", a table of " + owner + " (not left of " + feature + ")");
                }
            }
        });
        assertThat(violations)
                .as("SQL against the dependency direction: read it through a port the feature on the left owns")
                .isEmpty();
        Map<String, Set<String>> expected = new TreeMap<>();
        FROZEN_AGAINST_DIRECTION.forEach((className, tables) -> {
            if (Files.exists(SOURCES.resolve(className.replace('.', '/') + ".java"))) {
                expected.put(className, new TreeSet<>(tables));
            }
        });
        assertThat(stillFrozen)
                .as("FROZEN_AGAINST_DIRECTION: remove the entries whose read is gone")
                .isEqualTo(expected);
    }

    @Test
    void reads_of_other_features_tables_do_not_grow() {
        List<String> violations = new ArrayList<>();
        tablesByClass.forEach((className, tables) -> {
            String feature = featureOf(className);
            for (String table : tables) {
                String owner = owners.get(table);
                if (!owner.equals(feature)
                        && level(owner) < level(feature)
                        && !LEFT_READS.getOrDefault(feature, Set.of()).contains(table)) {
                    violations.add(className + " names " + table + ", a table of " + owner + ": read it through "
                            + owner + "'s service or a port it implements (or add it to LEFT_READS with the reason)");
                }
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void the_rule_reads_table_names_from_sql_literals() {
        assertThat(tablesNamedIn("""
                var sql = \"""
                        SELECT c.id FROM contribution c JOIN consultation k ON k.id = c.consultation_id
                        WHERE extract(epoch FROM now()) > 0\""";
                jdbc.update("UPDATE mandate SET ended = true"); // "FROM account" in a comment is not SQL
                char quote = '"';
                String label = "Choisir un territoire FROM territory";"""))
                .containsExactlyInAnyOrder("contribution", "consultation", "mandate", "territory");
    }

    /** The known tables that the file's string literals name. */
    private static Set<String> tablesNamedIn(String source) {
        Set<String> tables = new TreeSet<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (text == null) {
                continue;
            }
            Matcher table = TABLE.matcher(text);
            while (table.find()) {
                String name = table.group(1).toLowerCase(Locale.ROOT);
                if (owners.containsKey(name)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static String featureOf(String className) {
        String[] parts = className.split("\\.");
        return parts.length > 3 ? parts[2] : "base";
    }

    private static int level(String feature) {
        for (int level = 0; level < ArchitectureTest.LEVELS.size(); level++) {
            if (ArchitectureTest.LEVELS.get(level).contains(feature)) {
                return level;
            }
        }
        throw new AssertionError("a feature missing from ArchitectureTest.LEVELS: " + feature);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
