package fr.convergences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL is written only in persistence classes (design notes, habit 4). ArchitectureTest sees who calls JDBC
 * ({@code JdbcOperations}, {@code Sql}), not who writes the statements: a class could hand its SQL to a store's generic
 * method or run it on a {@code Connection}. This reads the sources instead: a string literal that is a statement
 * (SELECT … FROM, INSERT INTO, UPDATE … SET, DELETE FROM, WITH … AS) outside a persistence class (the names and packages
 * of {@link ArchitectureTest#isPersistence}) fails.
 */
class SqlLiteralTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /**
     * A statement's first words; the text of a literal starts with them (a concatenation's first piece counts). In
     * capitals, as all the SQL here is written, so that prose ("Select a territory from the list") is not taken for it.
     * A SELECT without FROM ({@code SELECT pg_current_snapshot()}) is not seen: it names no table.
     */
    private static final Pattern STATEMENT = Pattern.compile(
            "(?s)^\\s*(?:SELECT\\s.*\\bFROM\\s|INSERT\\s+INTO\\s|UPDATE\\s+\\w+\\s+(?:\\w+\\s+)?SET\\s|DELETE\\s+FROM\\s|WITH\\s+(?:RECURSIVE\\s+)?\\w+\\s*(?:\\([^)]*\\)\\s*)?AS\\s*(?:MATERIALIZED\\s*)?\\()");

    @Test
    void sql_statements_are_written_only_in_persistence_classes() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> {
                String path = SOURCES.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                String className = path.substring(0, path.length() - ".java".length());
                int dot = className.lastIndexOf('.');
                if (ArchitectureTest.isPersistence(className.substring(0, dot), className.substring(dot + 1))) {
                    return;
                }
                for (String statement : statementsIn(read(file))) {
                    violations.add(className + ": "
                            + statement.strip().lines().findFirst().orElse(""));
                }
            });
        }
        assertThat(violations)
                .as(
                        "SQL outside persistence classes: move it to the feature's *Store (or a repository) behind a method named for what it does")
                .isEmpty();
    }

    @Test
    void the_rule_reads_statements_from_literals_and_skips_comments_and_prose() {
        assertThat(statementsIn("""
                var a = \"""
                        SELECT c.id, c.title
                        FROM contribution c\""";
                jdbc.update("UPDATE mandate m SET ended = true");
                sql.update("DELETE FROM debate_theme WHERE debate_id = ?", id);
                String b = "INSERT INTO notification (id) VALUES (?)";
                String c = "WITH due AS (SELECT id FROM debate) SELECT * FROM due";
                // "SELECT id FROM account" in a comment is not SQL
                char quote = '"';
                String d = "Select a territory from the list";
                String e = "update your profile";
                String f = "SELECT pg_current_snapshot()";"""))
                .hasSize(5)
                .anySatisfy(statement -> assertThat(statement).startsWith("SELECT c.id"))
                .anySatisfy(statement -> assertThat(statement).startsWith("UPDATE mandate"))
                .anySatisfy(statement -> assertThat(statement).startsWith("DELETE FROM debate_theme"))
                .anySatisfy(statement -> assertThat(statement).startsWith("INSERT INTO notification"))
                .anySatisfy(statement -> assertThat(statement).startsWith("WITH due"));
    }

    @Test
    void persistence_classes_are_told_by_name_and_package() {
        assertThat(ArchitectureTest.isPersistence("fr.convergences.debate.paperform", "PaperFormStore"))
                .isTrue();
        assertThat(ArchitectureTest.isPersistence("fr.convergences.debate", "DebateRepository"))
                .isTrue();
        assertThat(ArchitectureTest.isPersistence("fr.convergences.base.database", "EmbeddedDatabase"))
                .isTrue();
        assertThat(ArchitectureTest.isPersistence("fr.convergences.debate.paperform", "PaperForms"))
                .isFalse();
        assertThat(ArchitectureTest.isPersistence("fr.convergences.search", "SearchService"))
                .isFalse();
    }

    /** The literals of a source that are SQL statements. */
    static List<String> statementsIn(String source) {
        List<String> statements = new ArrayList<>();
        Matcher literal = TableOwnershipTest.LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (text != null && STATEMENT.matcher(text).find()) {
                statements.add(text.strip());
            }
        }
        return statements;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
