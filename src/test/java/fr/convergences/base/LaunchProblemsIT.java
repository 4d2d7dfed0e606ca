package fr.convergences.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.convergences.testing.TestPlatform;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a newcomer trips on when starting the packaged jar: each gets one sentence and exit code 2, never a stack trace. */
class LaunchProblemsIT {

    private static final Path JAR = TestPlatform.buildDirectory().resolve("convergences.jar");

    @Test
    void an_older_java_says_which_java_is_needed() throws Exception {
        Optional<Path> olderJava = olderJava();
        assumeTrue(olderJava.isPresent(), "no Java older than 21 on this machine");
        Result result = run(List.of(olderJava.get().toString(), "-jar", JAR.toString(), "--help"), null);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output())
                .contains("Convergences needs Java 21 or newer")
                .doesNotContain("UnsupportedClassVersionError");
        assertThat(result.output().lines().count()).isEqualTo(1);
    }

    @Test
    void a_port_in_use_is_said_at_once_with_the_option_to_change_it() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            Result result = run(
                    List.of(java(), "-jar", JAR.toString(), "--port", Integer.toString(taken.getLocalPort())),
                    TestPlatform.newDataDirectory());
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.output())
                    .contains("port " + taken.getLocalPort() + " is already in use", "--port")
                    .doesNotContain("Exception")
                    .doesNotContain("PostgreSQL");
        }
    }

    @Test
    void a_command_run_while_the_server_holds_the_data_directory_says_so_in_one_sentence() throws Exception {
        TestPlatform platform = TestPlatform.shared();
        Result result = run(List.of(java(), "-jar", JAR.toString(), "reindex"), platform.dataDirectory());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output())
                .contains(
                        "Convergences could not start:",
                        "in use by another running Convergences",
                        "(process " + ProcessHandle.current().pid() + ")")
                .doesNotContain("\tat ");
    }

    @Test
    void the_platform_stops_with_the_process_that_started_it() throws Exception {
        Path data = TestPlatform.newDataDirectory();
        // A shell stands for Maven: it starts the platform and is then killed, as an IDE's stop button kills Maven.
        ProcessBuilder starter = new ProcessBuilder(
                        "sh",
                        "-c",
                        "\"$0\" -jar \"$1\" --port 0 --demo --stop-with-parent & echo $!; wait",
                        java(),
                        JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("parent.log").toFile());
        starter.environment().put("CONVERGENCES_DATA_DIR", data.toString());
        Process parent = starter.start();
        long childPid = awaitChildPid(data.resolve("parent.log"));
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
        awaitServing(data.resolve("parent.log"));
        parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        boolean stopped = child.onExit()
                .thenApply(handle -> true)
                .completeOnTimeout(false, 90, TimeUnit.SECONDS)
                .get();
        if (!stopped) {
            child.destroyForcibly();
        }
        assertThat(stopped).as("the platform stopped when its parent died").isTrue();
        assertThat(Files.readString(data.resolve("parent.log"), StandardCharsets.UTF_8))
                .contains("The process that started Convergences has ended: stopping.");
    }

    private static long awaitChildPid(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Optional<String> first = Files.exists(log)
                    ? Files.readAllLines(log, StandardCharsets.UTF_8).stream().findFirst()
                    : Optional.empty();
            if (first.isPresent() && first.get().strip().matches("\\d+")) {
                return Long.parseLong(first.get().strip());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the shell did not start the platform");
    }

    private static void awaitServing(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains("Convergences is serving on")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the platform did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {}

    private static Result run(List<String> command, Path dataDirectory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (dataDirectory != null) {
            builder.environment().put("CONVERGENCES_DATA_DIR", dataDirectory.toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running:\n" + output);
        }
        return new Result(process.exitValue(), output.strip());
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Optional<Path> olderJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> installed = Files.list(jvms)) {
            return installed
                    .filter(jdk -> jdk.getFileName().toString().matches("java-(1[1-9]|8)-openjdk.*"))
                    .map(jdk -> jdk.resolve("bin/java"))
                    .filter(Files::isExecutable)
                    .findFirst();
        }
    }
}
