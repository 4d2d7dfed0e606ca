package fr.convergences.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.testing.TestPlatform;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged application as a user runs it: {@code java -jar target/convergences.jar}. Jetty's
 * annotation scan must see the libraries listed only in the jar's manifest, or every page fails.
 */
class JarLaunchIT {

    private static final Pattern SERVING = Pattern.compile("Convergences is serving on (http://\\S+)");

    @Test
    void the_jar_serves_the_home_page_and_the_api_with_the_demo_council() throws Exception {
        Path jar = TestPlatform.buildDirectory().resolve("convergences.jar");
        assertThat(jar).as("run after mvn package").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder =
                new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--demo").redirectErrorStream(true);
        // A data directory of its own, set the way an operator would: through the environment.
        builder.environment()
                .put("CONVERGENCES_DATA_DIR", TestPlatform.newDataDirectory().toString());
        Process process = builder.start();
        try {
            URI base = awaitServing(process);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> home =
                    http.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("<html lang=\"fr\"");
            HttpResponse<String> api = http.send(
                    HttpRequest.newBuilder(base.resolve("/api/territories")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.body()).contains("Essonne");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static URI awaitServing(Process process) throws Exception {
        CompletableFuture<URI> serving = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            synchronized (log) {
                                log.append(line).append('\n');
                            }
                            Matcher matcher = SERVING.matcher(line);
                            if (matcher.find()) {
                                serving.complete(URI.create(matcher.group(1)));
                            }
                        }
                        serving.completeExceptionally(
                                new IllegalStateException("The jar stopped before serving:\n" + log));
                    } catch (Exception e) {
                        serving.completeExceptionally(e);
                    }
                },
                "jar-log");
        reader.setDaemon(true);
        reader.start();
        // A fresh start with demo data takes about 20 s on a quiet machine and went past 90 s at a load of 16.
        return serving.get(180, TimeUnit.SECONDS);
    }
}
