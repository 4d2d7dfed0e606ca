package fr.convergences.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

/**
 * The launch-day load on Convergences, spoken in Vaadin's own protocol as a browser speaks it: the page, the bootstrap
 * request that creates the UI ({@code ?v-r=init}), then UIDL messages ({@code ?v-r=uidl}) that navigate, type into
 * fields and click buttons. Each virtual resident therefore holds a real Vaadin session and real UIs on the node, and
 * each interaction runs the same Java as a click in a browser (what it does not run is the browser's JavaScript).
 * <p>
 * Two modes ({@code -Dload.mode}):
 * <ul>
 *   <li>{@code hold}: {@code load.residents} residents arrive over {@code load.ramp} seconds, each opens the
 *   consultation and runs one search, then leaves its session open (as a reader who keeps the tab): the memory that
 *   a node needs per resident is read on the node afterwards (load/launch-day.sh).</li>
 *   <li>{@code mixed}: interactions arrive at {@code load.rate} per second for {@code load.duration} seconds: 60 %
 *   browsing (a new resident opens the consultation page, then a contribution), 30 % searching (a new resident's
 *   search), 10 % contributing (a demo resident, signed in once, submits a contribution through the real form).
 *   Gatling reports p95 and p99 per interaction (the groups).</li>
 * </ul>
 * Only 127.0.0.1: the base address must be a loopback one.
 */
public class LaunchDaySimulation extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8081");
    private static final String MODE = System.getProperty("load.mode", "mixed");
    private static final int RESIDENTS = Integer.getInteger("load.residents", 200);
    private static final int RAMP = Integer.getInteger("load.ramp", 60);
    private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "5"));
    private static final int DURATION = Integer.getInteger("load.duration", 60);
    private static final long CONSULTATION = Long.getLong("load.consultation", 1L);
    private static final int CONTRIBUTIONS = Integer.getInteger("load.contributions", 180);
    private static final String PASSWORD = System.getProperty("load.password", "Demo-Convergences-2026");

    /** Words residents search for on a health consultation. */
    private static final List<String> WORDS = List.of("médecin", "urgences", "kiné", "dentiste", "transport", "maison de santé",
            "pédiatre", "psychiatrie", "hôpital", "infirmière", "rendez-vous", "ophtalmologue", "pharmacie", "personnes âgées");

    static {
        if (!BASE.startsWith("http://127.0.0.1:") && !BASE.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("The launch-day load runs against 127.0.0.1 only, not " + BASE);
        }
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling launch-day load")
            .disableCaching()
            .shareConnections();

    /** Where a UIDL response says a node's element id is: the node to type into or click. */
    private static String nodeOf(String elementId) {
        return "\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + elementId + "\"";
    }

    /** The page, the bootstrap that creates the UI, and the navigation that builds the route's components. */
    private static ChainBuilder openUi(String name, String route, String query) {
        return exec(http(name + ": page").get("/" + route).check(status().is(200)))
                .exec(http(name + ": bootstrap").get("/")
                        .queryParam("v-r", "init").queryParam("location", route).queryParam("query", query)
                        .check(status().is(200))
                        .check(jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"))
                        .check(jsonPath("$.appConfig['v-uiId']").saveAs("uiId"))
                        .check(jsonPath("$.appConfig.uidl.syncId").saveAs("syncId")))
                .exec(session -> session.set("clientId", 0))
                .exec(uidl(name + ": navigation", """
                        [{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"%s","appShellTitle":"",\
                        "historyState":{"idx":0},"trigger":""}}]""".formatted(route, query)));
    }

    /** One UIDL round trip; keeps the sync and client ids, and the node ids of the elements that have an id. */
    private static ChainBuilder uidl(String name, String rpc) {
        return exec(http(name).post("/")
                .queryParam("v-r", "uidl").queryParam("v-uiId", "#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":" + rpc + ",\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(status().is(200))
                .check(regex("\"syncId\":(\\d+)").saveAs("syncId"))
                .check(regex("\"clientId\":(\\d+)").saveAs("clientId"))
                .check(regex(nodeOf("login-email")).optional().saveAs("login-email"))
                .check(regex(nodeOf("login-password")).optional().saveAs("login-password"))
                .check(regex(nodeOf("login-submit")).optional().saveAs("login-submit"))
                .check(regex(nodeOf("contribution-title")).optional().saveAs("contribution-title"))
                .check(regex(nodeOf("contribution-body")).optional().saveAs("contribution-body"))
                .check(regex(nodeOf("contribution-submit")).optional().saveAs("contribution-submit"))
                .check(regex("(contributions/\\d+)").optional().saveAs("landed")));
    }

    private static ChainBuilder type(String name, String elementId, String valueExpression) {
        return uidl(name, """
                [{"type":"mSync","node":#{%1$s},"feature":1,"property":"value","value":"%2$s"},\
                {"type":"event","node":#{%1$s},"event":"change","data":{}}]""".formatted(elementId, valueExpression));
    }

    private static ChainBuilder click(String name, String elementId) {
        return uidl(name, """
                [{"type":"event","node":#{%s},"event":"click","data":{"event.shiftKey":false,"event.metaKey":false,\
                "event.detail":1,"event.ctrlKey":false,"event.clientX":0,"event.clientY":0,"event.altKey":false,\
                "event.button":0,"event.screenY":0,"event.screenX":0}}]""".formatted(elementId));
    }

    /** A resident arrives on the consultation and reads one of its contributions (a navigation inside the UI). */
    private static final ChainBuilder BROWSE = group("browse").on(
            openUi("consultation", "consultations/" + CONSULTATION, "")
                    .exec(session -> session.set("contribution", 1 + ThreadLocalRandom.current().nextInt(CONTRIBUTIONS)))
                    .exec(uidl("contribution: navigation", """
                            [{"type":"event","node":1,"event":"ui-navigate","data":{"route":"contributions/#{contribution}",\
                            "query":"","appShellTitle":"","historyState":{"idx":1},"trigger":""}}]""")));

    /** A resident arrives from a link to a search (the search runs when the page is built). */
    private static final ChainBuilder SEARCH = exec(session -> session.set("words",
            java.net.URLEncoder.encode(WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size())), java.nio.charset.StandardCharsets.UTF_8)))
            .group("search").on(openUi("search", "recherche", "q=#{words}"));

    /** A demo resident signs in through the login form. */
    private static final ChainBuilder SIGN_IN = group("sign in").on(
            openUi("login", "connexion", "")
                    .exec(type("login: e-mail", "login-email", "#{email}"))
                    .exec(type("login: password", "login-password", PASSWORD))
                    .exec(click("login: submit", "login-submit")));

    /** A signed-in resident opens the consultation and submits a contribution through its form. */
    private static final ChainBuilder CONTRIBUTE = exec(session -> session.set("n", session.getInt("n") + 1))
            .group("contribute").on(
                    openUi("contribution form", "consultations/" + CONSULTATION, "")
                            .exec(type("form: title", "contribution-title", "Proposition #{n} de #{name}"))
                            .exec(type("form: text", "contribution-body",
                                    "Pour la journée de lancement, #{name} propose une permanence de médecins le samedi, proposition #{n}."))
                            .exec(click("form: submit", "contribution-submit")
                                    .exitHereIfFailed()))
            .exec(session -> {
                if (!session.contains("landed")) {
                    System.err.println("A contribution did not land on its page: " + session.getString("name") + " #" + session.getInt("n"));
                }
                return session.remove("landed");
            });

    /** membre1 … membre32 and habitant of the demo data, over and over. */
    private static Iterator<Map<String, Object>> demoResidents() {
        List<Map<String, Object>> accounts = new ArrayList<>();
        Stream.concat(Stream.of("habitant"), IntStream.rangeClosed(1, 32).mapToObj(i -> "membre" + i))
                .forEach(name -> accounts.add(Map.of("email", name + "@demo.convergences.fr", "name", name)));
        return Stream.generate(() -> accounts).flatMap(List::stream).iterator();
    }

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        if (MODE.equals("hold")) {
            ScenarioBuilder arrive = scenario("residents arriving").exec(BROWSE).exec(SEARCH);
            populations.add(arrive.injectOpen(rampUsers(RESIDENTS).during(Duration.ofSeconds(RAMP))));
        } else {
            ScenarioBuilder browsing = scenario("browsing").exec(BROWSE);
            ScenarioBuilder searching = scenario("searching").exec(SEARCH);
            // A contributor signs in once, then contributes every ten seconds: 10 % of the rate in contributors / 10 s.
            int contributors = Math.max(1, (int) Math.round(RATE * 0.10 * 10));
            ScenarioBuilder contributing = scenario("contributing").feed(demoResidents())
                    .exec(session -> session.set("n", 0))
                    .exec(SIGN_IN)
                    .during(Duration.ofSeconds(DURATION), "round", false).on(pace(Duration.ofSeconds(10)).exec(CONTRIBUTE));
            populations.add(browsing.injectOpen(constantUsersPerSec(RATE * 0.6).during(Duration.ofSeconds(DURATION))));
            populations.add(searching.injectOpen(constantUsersPerSec(RATE * 0.3).during(Duration.ofSeconds(DURATION))));
            populations.add(contributing.injectOpen(rampUsers(contributors).during(Duration.ofSeconds(10))));
        }
        setUp(populations).protocols(protocol).maxDuration(Duration.ofSeconds(Math.max(DURATION, RAMP) + 120L));
    }
}
