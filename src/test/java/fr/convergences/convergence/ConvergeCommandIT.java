package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.convergences.Application;
import fr.convergences.testing.TestPlatform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code converge} as people run it: the real command line, on a file of a few thousand proposals of the shipped
 * corpus, and on each kind of bad input (a sentence that says which line, exit code 2, never a stack trace).
 */
class ConvergeCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path folder;
    private static Path corpusInput;
    private static List<String> corpusIds;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void writeInput() throws IOException {
        folder = Files.createTempDirectory(
                Files.createDirectories(TestPlatform.buildDirectory().resolve("test-data")), "converge-");
        List<String> texts = new ParaphraseGenerator().proposals().subList(0, 3000);
        List<String> lines = new ArrayList<>();
        corpusIds = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = "mk-" + (i + 1);
            corpusIds.add(id);
            StringBuilder line = new StringBuilder("{\"id\": ")
                    .append(JSON.writeValueAsString(id))
                    .append(", \"text\": ")
                    .append(JSON.writeValueAsString(texts.get(i)));
            if (i % 10 != 0) {
                line.append(", \"source\": \"person-").append(i % 1200).append('"'); // some people speak twice or more
            }
            if (i % 3 == 0) {
                line.append(", \"territory\": \"91\"");
            }
            if (i % 7 == 0) {
                line.append(", \"title\": ")
                        .append(JSON.writeValueAsString(texts.get(i).replaceFirst("^Il faut ", "")));
            }
            lines.add(line.append('}').toString());
        }
        corpusInput = folder.resolve("corpus.jsonl");
        Files.write(corpusInput, lines, StandardCharsets.UTF_8);
    }

    private static Run converge(String... arguments) {
        PrintStream previousOut = System.out;
        PrintStream previousErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            List<String> all = new ArrayList<>(List.of("converge"));
            all.addAll(List.of(arguments));
            int exitCode = new CommandLine(new Application()).execute(all.toArray(String[]::new));
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(previousOut);
            System.setErr(previousErr);
        }
    }

    private static Path input(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Run convergeFile(Path input) {
        return converge(
                "--input",
                input.toString(),
                "--output",
                folder.resolve(input.getFileName() + ".json").toString());
    }

    /** The output contract: the two keys, the six fields of a convergence, and every input id exactly once. */
    private static JsonNode checkContract(Path output, List<String> inputIds) throws IOException {
        JsonNode root = JSON.readTree(output.toFile());
        assertThat(iterable(root.fieldNames())).containsExactly("convergences", "unassigned", "themes", "divergences");
        List<String> seen = new ArrayList<>();
        for (JsonNode convergence : root.get("convergences")) {
            assertThat(iterable(convergence.fieldNames()))
                    .containsExactly("id", "label", "terms", "members", "sources", "score");
            assertThat(convergence.get("id").isTextual()).isTrue();
            assertThat(convergence.get("label").asText()).isNotBlank();
            assertThat(convergence.get("terms").isArray()).isTrue();
            assertThat(convergence.get("terms"))
                    .isNotEmpty()
                    .allSatisfy(term -> assertThat(term.isTextual()).isTrue());
            assertThat(convergence.get("members").size()).isGreaterThanOrEqualTo(2);
            assertThat(convergence.get("sources").isInt()).isTrue();
            assertThat(convergence.get("sources").asInt())
                    .isBetween(2, convergence.get("members").size());
            assertThat(convergence.get("score").isNumber()).isTrue();
            convergence.get("members").forEach(member -> seen.add(member.asText()));
        }
        root.get("unassigned").forEach(id -> seen.add(id.asText()));
        assertThat(seen).hasSameSizeAs(inputIds);
        assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(inputIds));
        List<String> placed = new ArrayList<>();
        Set<String> convergenceIds = new HashSet<>();
        root.get("convergences")
                .forEach(convergence -> convergenceIds.add(convergence.get("id").asText()));
        Set<String> inThemes = new HashSet<>();
        for (JsonNode theme : root.get("themes")) {
            assertThat(iterable(theme.fieldNames())).containsExactly("id", "label", "members", "convergences");
            assertThat(theme.get("label").asText()).isNotBlank();
            theme.get("members").forEach(member -> placed.add(member.asText()));
            theme.get("convergences")
                    .forEach(convergence ->
                            assertThat(inThemes.add(convergence.asText())).isTrue());
        }
        assertThat(placed).as("every input id in exactly one theme").hasSameSizeAs(inputIds);
        assertThat(new HashSet<>(placed)).isEqualTo(new HashSet<>(inputIds));
        assertThat(inThemes).as("every convergence inside one theme").isEqualTo(convergenceIds);
        return root;
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void three_thousand_corpus_proposals_give_convergences_that_name_every_contribution_exactly_once()
            throws IOException {
        Path output = folder.resolve("corpus.json");
        Run run = converge("--input", corpusInput.toString(), "--output", output.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3000 contributions").contains("convergences");
        JsonNode root = checkContract(output, corpusIds);
        assertThat(root.get("convergences").size()).isGreaterThan(50);
        assertThat(root.get("unassigned").size()).isLessThan(3000);
    }

    @Test
    void the_packaged_jar_runs_converge_without_database_or_server() throws Exception {
        Path jar = TestPlatform.buildDirectory().resolve("convergences.jar");
        assertThat(jar).as("run after mvn package").exists();
        Path output = folder.resolve("from-jar.json");
        Path log = folder.resolve("from-jar.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx2g",
                        "-jar",
                        jar.toString(),
                        "converge",
                        "--input",
                        corpusInput.toString(),
                        "--output",
                        output.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        String printed = Files.readString(log);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed)
                .contains("3000 contributions")
                .doesNotContain("Startup completed")
                .doesNotContain("serving");
        checkContract(output, corpusIds);
    }

    @Test
    void the_same_input_gives_the_same_file() throws IOException {
        Path first = folder.resolve("again-1.json");
        Path second = folder.resolve("again-2.json");
        Path small = input(
                "small.jsonl", String.join("\n", Files.readAllLines(corpusInput).subList(0, 400)));
        assertThat(converge("--input", small.toString(), "--output", first.toString())
                        .exitCode())
                .isZero();
        assertThat(converge("--input", small.toString(), "--output", second.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void given_themes_and_contributors_choices_place_every_contribution_and_a_choice_is_kept() throws IOException {
        Path themes = input("themes.jsonl", """
                {"id": "sante", "label": "Santé et soins", "description": "médecins, hôpital, soins"}
                {"id": "ecologie", "label": "Environnement", "description": "climat, pollution, nature"}
                {"id": "travail", "label": "Travail et économie"}
                """);
        List<String> lines = Files.readAllLines(corpusInput).subList(0, 300);
        List<String> ids = corpusIds.subList(0, 300);
        List<String> withChoices = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            withChoices.add(
                    i % 3 == 0
                            ? line.substring(0, line.length() - 1) + ", \"theme\": \""
                                    + (i % 2 == 0 ? "sante" : "travail") + "\"}"
                            : line);
        }
        Path chosen = input("chosen.jsonl", String.join("\n", withChoices));
        Path output = folder.resolve("themes.json");

        Run run = converge("--input", chosen.toString(), "--output", output.toString(), "--themes", themes.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = checkContract(output, ids);
        List<String> themeIds = new ArrayList<>();
        root.get("themes").forEach(theme -> themeIds.add(theme.get("id").asText()));
        assertThat(themeIds).containsSubsequence("sante", "ecologie", "travail");
        assertThat(themeIds).isSubsetOf("sante", "ecologie", "travail", "autres");
        JsonNode travail = null;
        for (JsonNode theme : root.get("themes")) {
            if (theme.get("id").asText().equals("travail")) {
                travail = theme;
            }
        }
        List<String> members = new ArrayList<>();
        travail.get("members").forEach(member -> members.add(member.asText()));
        assertThat(members).contains(ids.get(3), ids.get(9));
    }

    @Test
    void a_choice_of_a_theme_not_in_the_themes_file_is_refused_in_one_sentence() throws IOException {
        Path themes = input("two-themes.jsonl", "{\"id\": \"sante\", \"label\": \"Santé\"}\n");
        Path chosen = input(
                "unknown-theme.jsonl", "{\"id\": \"a\", \"text\": \"Plus de médecins\", \"theme\": \"mobilite\"}\n");
        assertRefused(
                converge(
                        "--input",
                        chosen.toString(),
                        "--output",
                        folder.resolve("x.json").toString(),
                        "--themes",
                        themes.toString()),
                "\"a\"",
                "\"mobilite\"",
                "not in");
        Path noLabel = input("no-label.jsonl", "{\"id\": \"sante\"}\n");
        assertRefused(
                converge(
                        "--input",
                        chosen.toString(),
                        "--output",
                        folder.resolve("x.json").toString(),
                        "--themes",
                        noLabel.toString()),
                "line 1",
                "\"label\"");
    }

    private static void assertRefused(Run run, String... fragments) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(fragments);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_missing_input_file_is_named() {
        assertRefused(
                converge(
                        "--input",
                        folder.resolve("nowhere.jsonl").toString(),
                        "--output",
                        folder.resolve("x.json").toString()),
                "nowhere.jsonl",
                "does not exist");
    }

    @Test
    void a_folder_given_as_input_is_refused() {
        assertRefused(
                converge(
                        "--input",
                        folder.toString(),
                        "--output",
                        folder.resolve("x.json").toString()),
                "cannot be read");
    }

    @Test
    void a_line_that_is_not_json_is_refused_with_its_number() throws IOException {
        Path file = input("bad-json.jsonl", """
                {"id": "1", "text": "Il faut rétablir l'ISF"}
                {"id": "2", "text": "Il faut rétablir l'ISF."}
                {"id": "3", "text": "Il faut planter des arbres"
                """);
        assertRefused(convergeFile(file), "line 3", "not valid JSON");
    }

    @Test
    void a_line_that_is_not_an_object_is_refused_with_its_number() throws IOException {
        assertRefused(
                convergeFile(input("array.jsonl", "{\"id\": \"1\", \"text\": \"a\"}\n[1, 2]\n")),
                "line 2",
                "JSON object");
        assertRefused(
                convergeFile(input("two.jsonl", "{\"id\": \"1\", \"text\": \"a\"} {\"id\": \"2\", \"text\": \"b\"}\n")),
                "line 1",
                "one JSON object per line");
    }

    @Test
    void a_missing_id_or_text_is_refused_with_its_line() throws IOException {
        assertRefused(
                convergeFile(input("no-id.jsonl", "{\"id\": \"1\", \"text\": \"a\"}\n{\"text\": \"b\"}\n")),
                "line 2",
                "\"id\"");
        assertRefused(
                convergeFile(input(
                        "no-text.jsonl", "{\"id\": \"1\", \"text\": \"a\"}\n\n{\"id\": \"2\", \"title\": \"b\"}\n")),
                "line 3",
                "\"text\"",
                "\"2\"");
        assertRefused(
                convergeFile(input("blank-text.jsonl", "{\"id\": \"1\", \"text\": \"  \"}\n")), "line 1", "\"text\"");
    }

    @Test
    void an_id_that_is_not_a_string_is_refused_with_its_line() throws IOException {
        assertRefused(
                convergeFile(
                        input("number-id.jsonl", "{\"id\": \"1\", \"text\": \"a\"}\n{\"id\": 2, \"text\": \"b\"}\n")),
                "line 2",
                "\"id\" must be a string");
    }

    @Test
    void duplicate_ids_are_refused_with_both_lines() throws IOException {
        Path file = input("duplicates.jsonl", """
                {"id": "a", "text": "Il faut rétablir l'ISF"}
                {"id": "b", "text": "Il faut rétablir l'ISF."}
                {"id": "c", "text": "Il faut planter des arbres"}
                {"id": "a", "text": "Il faut planter des arbres fruitiers"}
                """);
        assertRefused(convergeFile(file), "line 4", "\"a\"", "line 1");
    }

    @Test
    void an_empty_input_is_refused() throws IOException {
        assertRefused(convergeFile(input("empty.jsonl", "")), "no contribution");
        assertRefused(convergeFile(input("blank.jsonl", "\n   \n\n")), "no contribution");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_its_line() throws IOException {
        Path file = folder.resolve("latin1.jsonl");
        Files.write(
                file,
                "{\"id\": \"1\", \"text\": \"a\"}\n{\"id\": \"2\", \"text\": \"Il faut un hôpital\"}\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(convergeFile(file), "line 2", "UTF-8");
    }

    @Test
    void an_output_in_a_missing_folder_is_refused() {
        assertRefused(
                converge(
                        "--input",
                        corpusInput.toString(),
                        "--output",
                        folder.resolve("missing/out.json").toString()),
                "output folder",
                "does not exist");
    }

    @Test
    void missing_options_print_the_usage() {
        Run run = converge("--input", corpusInput.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--output");
    }

    @Test
    void sources_are_counted_from_the_file() throws IOException {
        Path file = input("sources.jsonl", """
                {"id": "1", "text": "Il faut rétablir l'ISF", "source": "attac-91"}
                {"id": "2", "text": "Il faut rétablir l'ISF.", "source": "attac-91"}
                {"id": "3", "text": "Il faut interdire l'obsolescence programmée", "source": "ufc"}
                {"id": "4", "text": "Il faut interdire l'obsolescence programmée des appareils", "source": "habitant"}
                """);
        Run run = convergeFile(file);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = checkContract(folder.resolve("sources.jsonl.json"), List.of("1", "2", "3", "4"));
        assertThat(root.get("convergences")).singleElement().satisfies(convergence -> {
            Set<String> members = new HashSet<>();
            convergence.get("members").forEach(member -> members.add(member.asText()));
            assertThat(members).containsExactlyInAnyOrder("3", "4");
            assertThat(convergence.get("sources").asInt()).isEqualTo(2);
        });
        assertThat(root.get("unassigned").toString()).isEqualTo("[\"1\",\"2\"]");
    }
}
