package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.convergences.testing.SecondNode;
import fr.convergences.testing.TestPlatform;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped HAProxy configuration ({@code docs/operations/haproxy.cfg}, only its ports and check interval changed)
 * run by Debian's haproxy in front of two nodes on one PostgreSQL: new visitors are spread over both nodes, a
 * visitor's Vaadin UI keeps talking to the node that holds it (sticky cookie), and a node whose {@code /api/ready}
 * says no gets nobody until it says yes again. Skipped, with the reason, where haproxy is not installed
 * ({@code .ci/run} installs it).
 */
class HaproxyNodesIT {

    private static final Pattern NODE_COOKIE = Pattern.compile("CONVERGENCES_NODE=(node\\d)");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final TestPlatform nodeA = TestPlatform.shared();
    private final HttpClient fresh =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void haproxy_spreads_new_visitors_keeps_each_ui_on_its_node_and_takes_a_node_that_is_not_ready_out()
            throws Exception {
        Optional<Path> haproxy = Stream.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(
                haproxy.isPresent(),
                "Debian's haproxy is not installed (apt-get install haproxy; .ci/run installs it): "
                        + "the test through the real load balancer is skipped");

        try (SecondNode nodeB = new SecondNode(nodeA)) {
            int proxyPort = freePort();
            Path folder = TestPlatform.newDataDirectory();
            Path config = folder.resolve("haproxy.cfg");
            Files.writeString(
                    config,
                    shippedConfiguration(
                            proxyPort, nodeA.uri("/").getPort(), nodeB.uri("/").getPort()));
            Process proxy = new ProcessBuilder(haproxy.get().toString(), "-f", config.toString(), "-db")
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("haproxy.log").toFile())
                    .start();
            try {
                URI front = URI.create("http://127.0.0.1:" + proxyPort);
                // Both nodes up (their checks passed): new visitors land on both.
                awaitTrue(
                        "both nodes receive new visitors",
                        () -> nodesOfNewVisitors(front, 6).equals(Set.of("node1", "node2")));

                // A visitor's UI: bootstrap and UIDL round trips through the proxy, each answered by the node that
                // holds the UI (another node would not know its session and answer that it expired).
                VaadinVisitor visitor = new VaadinVisitor(front);
                visitor.open("recherche", "q=" + URLEncoder.encode("médecin", StandardCharsets.UTF_8));
                for (int i = 0; i < 6; i++) {
                    visitor.navigate(i % 2 == 0 ? "recherche" : "", i % 2 == 0 ? "q=urgences" : "");
                }
                assertThat(visitor.nodes)
                        .as("every request of the visitor went to one node")
                        .hasSize(1);

                // Node B stops applying the change log: its /api/ready answers 503 and HAProxy sends nobody there.
                IndexUpdater updaterOnB = nodeB.bean(IndexUpdater.class);
                updaterOnB.stop();
                try {
                    awaitTrue(
                            "node B out of the proxy",
                            () -> nodesOfNewVisitors(front, 6).equals(Set.of("node1")));
                    assertThat(nodesOfNewVisitors(front, 10))
                            .as("while B is not ready")
                            .containsExactly("node1");
                    assertThat(nodeOfVisitorPinnedTo(front, "node2"))
                            .as("a visitor whose cookie names B")
                            .isEqualTo("node1");
                } finally {
                    updaterOnB.start();
                }
                awaitTrue(
                        "node B back in the proxy once ready",
                        () -> nodesOfNewVisitors(front, 6).contains("node2"));
            } finally {
                proxy.destroy();
                proxy.waitFor();
            }
        }
    }

    /** The configuration that docs/operations/haproxy.cfg ships, on this test's ports, checked every 200 ms. */
    private static String shippedConfiguration(int proxyPort, int portA, int portB) throws IOException {
        String shipped = Files.readString(Path.of("docs/operations/haproxy.cfg"));
        assertThat(shipped)
                .contains(
                        "bind 127.0.0.1:8080",
                        "127.0.0.1:8081 check cookie node1",
                        "127.0.0.1:8082 check cookie node2",
                        "option httpchk GET /api/ready");
        return shipped.replace("127.0.0.1:8080", "127.0.0.1:" + proxyPort)
                .replace("127.0.0.1:8081", "127.0.0.1:" + portA)
                .replace("127.0.0.1:8082", "127.0.0.1:" + portB)
                .replace(
                        "    option httpchk GET /api/ready",
                        "    default-server inter 200ms fall 1 rise 1\n    option httpchk GET /api/ready");
    }

    /** The nodes that HAProxy chose for this many visitors without a cookie (it names them in its cookie). */
    private Set<String> nodesOfNewVisitors(URI front, int visitors) {
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < visitors; i++) {
            nodes.add(nodeCookie(send(fresh, HttpRequest.newBuilder(front.resolve("/api/territories"))))
                    .orElse("none"));
        }
        return nodes;
    }

    private String nodeOfVisitorPinnedTo(URI front, String node) {
        return nodeCookie(send(
                        fresh,
                        HttpRequest.newBuilder(front.resolve("/api/territories"))
                                .header("Cookie", "CONVERGENCES_NODE=" + node)))
                .orElse("kept " + node);
    }

    private static Optional<String> nodeCookie(HttpResponse<String> response) {
        return response.headers().allValues("set-cookie").stream()
                .map(NODE_COOKIE::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!holds(condition)) {
            assertThat(System.nanoTime())
                    .as(what + " within " + PATIENCE.toSeconds() + " s")
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** False while the proxy does not accept connections yet (it is still starting). */
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (java.io.UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A browser's side of Vaadin's protocol, enough to open a UI and navigate in it: bootstrap, then UIDL messages. */
    private static final class VaadinVisitor {

        private final URI front;
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final Set<String> nodes = new HashSet<>();
        private String csrf;
        private int uiId;
        private int syncId;
        private int clientId;

        VaadinVisitor(URI front) {
            this.front = front;
        }

        void open(String route, String query) {
            remember(send(client, HttpRequest.newBuilder(front.resolve("/" + route))));
            HttpResponse<String> init = send(
                    client,
                    HttpRequest.newBuilder(
                            front.resolve("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                                    + "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))));
            assertThat(init.statusCode()).isEqualTo(200);
            remember(init);
            csrf = find(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"");
            uiId = Integer.parseInt(find(init.body(), "\"v-uiId\":(\\d+)"));
            syncId = Integer.parseInt(find(init.body(), "\"syncId\":(\\d+)"));
            navigate(route, query);
        }

        void navigate(String route, String query) {
            String body = "{\"csrfToken\":\"" + csrf
                    + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                    + "{\"route\":\"" + route + "\",\"query\":\"" + query
                    + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> answer = send(
                    client,
                    HttpRequest.newBuilder(front.resolve("/?v-r=uidl&v-uiId=" + uiId))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body())
                    .as("the UI answered (not an expired session)")
                    .doesNotContain("sessionExpired")
                    .contains("\"clientId\":" + (clientId + 1));
            remember(answer);
            syncId = Integer.parseInt(find(answer.body(), "\"syncId\":(\\d+)"));
            clientId = Integer.parseInt(find(answer.body(), "\"clientId\":(\\d+)"));
        }

        private void remember(HttpResponse<String> response) {
            nodeCookie(response).ifPresent(nodes::add);
            client.cookieHandler().ifPresent(handler -> {
                if (handler instanceof CookieManager manager) {
                    manager.getCookieStore().getCookies().stream()
                            .filter(c -> c.getName().equals("CONVERGENCES_NODE"))
                            .forEach(c -> nodes.add(c.getValue()));
                }
            });
        }

        private static String find(String text, String pattern) {
            Matcher matcher = Pattern.compile(pattern).matcher(text);
            assertThat(matcher.find())
                    .as(pattern + " in " + text.substring(0, Math.min(300, text.length())))
                    .isTrue();
            return matcher.group(1);
        }
    }
}
