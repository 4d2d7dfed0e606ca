package fr.convergences.base.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The image is built with {@code COPY . .} (docker-compose.yml): .dockerignore must keep the local data directory
 * (embedded database, ballot-box key) and the build's output out of it, and must not keep out what the build needs.
 * Docker reads a pattern as a path from the context's root; a folder's pattern covers what is inside.
 */
class DockerIgnoreTest {

    private static boolean ignored(List<PathMatcher> patterns, String file) {
        Path path = Path.of(file);
        for (Path prefix = path; prefix != null; prefix = prefix.getParent()) {
            Path candidate = prefix;
            if (patterns.stream().anyMatch(pattern -> pattern.matches(candidate))) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> patterns() throws IOException {
        return Files.readAllLines(Path.of(".dockerignore")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.endsWith("/") ? line.substring(0, line.length() - 1) : line)
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
    }

    @Test
    void the_data_directory_with_its_ballot_box_key_and_the_build_output_never_enter_the_image() throws IOException {
        List<PathMatcher> patterns = patterns();
        for (String secret : List.of(
                "data/keys/ballot-box.key",
                "data/postgres/PG_VERSION",
                "data/postgres.credentials",
                "data/index/segments_1",
                "target/convergences.jar",
                "target/test-data/platform-1/keys/ballot-box.key",
                ".git/config")) {
            assertThat(ignored(patterns, secret)).as(secret).isTrue();
        }
    }

    @Test
    void what_the_image_build_needs_is_still_sent() throws IOException {
        List<PathMatcher> patterns = patterns();
        for (String needed : List.of(
                "pom.xml",
                "mvnw",
                ".mvn/wrapper/maven-wrapper.properties",
                "src/main/java/fr/convergences/Launcher.java",
                "db/migration/V2026_11_24_0200__territory_create.sql",
                "src/main/resources/application.yml",
                "frontend/public/styles.css")) {
            assertThat(ignored(patterns, needed)).as(needed).isFalse();
        }
    }
}
