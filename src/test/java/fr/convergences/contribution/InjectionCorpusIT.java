package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.TextInput;
import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.testing.InjectionPayloads;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every payload of the injection corpus goes through every text input of consultations and
 * contributions: each is either stored exactly as typed (control characters removed) or refused with
 * a clear message — never a database error — and comes out of the public API and the CSV export
 * intact, with no spreadsheet formula left runnable.
 */
class InjectionCorpusIT {

    private static final TestPlatform platform = TestPlatform.shared();
    private static final List<String> PAYLOADS = InjectionPayloads.all();
    private static Actor admin;
    private static Actor organiser;
    private static long council;
    private static long consultation;

    @BeforeAll
    static void council() {
        council = new TestCouncils(platform).create().id();
        Account adminAccount = new TestAccounts(platform).create("Admin");
        CouncilRoleRepository roles = platform.bean(CouncilRoleRepository.class);
        roles.save(new CouncilRoleGrant(null, adminAccount.id(), council, CouncilRole.COUNCIL_ADMIN));
        roles.save(new CouncilRoleGrant(null, adminAccount.id(), council, CouncilRole.MODERATOR));
        admin = TestAccounts.actor(adminAccount);
        Account organiserAccount = new TestAccounts(platform).create("Bénévole");
        roles.save(new CouncilRoleGrant(null, organiserAccount.id(), council, CouncilRole.DEBATE_ORGANISER));
        organiser = TestAccounts.actor(organiserAccount);
        consultation = platform.bean(ConsultationService.class)
                .open(admin, council, form("Injections", "Question ?", null))
                .id();
    }

    private static ConsultationForm form(String title, String question, String description) {
        return new ConsultationForm(
                title,
                question,
                description,
                List.of(new ConsultationForm.PhaseDates(
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(10))));
    }

    @Test
    void the_corpus_holds_at_least_a_hundred_payloads_of_every_kind() {
        assertThat(PAYLOADS)
                .hasSizeGreaterThanOrEqualTo(100)
                .anyMatch(p -> p.contains("<script>"))
                .anyMatch(p -> p.contains("onerror"))
                .anyMatch(p -> p.startsWith("javascript:"))
                .anyMatch(p -> p.contains("DROP TABLE"))
                .anyMatch(p -> p.startsWith("=HYPERLINK"))
                .anyMatch(p -> p.contains("\u0000"));
    }

    @Test
    void every_personal_data_sample_is_masked_before_it_reaches_the_public_api() throws Exception {
        List<String> samples = InjectionPayloads.personalData();
        assertThat(samples)
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(sample -> assertThat(PersonalDataDetector.mask(TextInput.clean(sample)))
                        .as(sample)
                        .contains(PersonalDataDetector.MASK));
        Actor author = TestAccounts.actor(new TestAccounts(platform).create("Bavard"));
        long exposed = platform.bean(ConsultationService.class)
                .open(admin, council, form("Données personnelles", "Question ?", null))
                .id();
        for (String sample : samples) {
            platform.bean(ContributionService.class)
                    .submit(
                            author,
                            exposed,
                            new ContributionForm(ContributionKind.TESTIMONY, "Témoignage", sample, Set.of(), null));
        }
        String json = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        platform.uri("/api/consultations/" + exposed + "/contributions?limit=500"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(json)
                .contains(PersonalDataDetector.MASK)
                .doesNotContain(
                        "laposte.net",
                        "06 98 76 54 32",
                        "01.69.47.70.00",
                        "81 22 33 44",
                        "60 87 12 34",
                        "75 112 233",
                        "185057800608436",
                        "Général de Gaulle",
                        "rue des écoles",
                        "moi@example.fr");
    }

    @Test
    void every_text_input_stores_each_payload_as_typed_or_refuses_it_clearly() {
        ConsultationService consultations = platform.bean(ConsultationService.class);
        ContributionService contributions = platform.bean(ContributionService.class);
        DiscussionService discussions = platform.bean(DiscussionService.class);
        AnswerService answers = platform.bean(AnswerService.class);
        MediationService mediation = platform.bean(MediationService.class);
        ModerationService moderation = platform.bean(ModerationService.class);
        Actor resident = TestAccounts.actor(new TestAccounts(platform).create("Résidente"));
        List<String> failures = new ArrayList<>();
        for (String payload : PAYLOADS) {
            String expected = TextInput.clean(payload);
            // Contributions and comments mask personal data in what they publish; the other inputs keep it (they are
            // not residents' texts).
            String published = PersonalDataDetector.mask(expected);
            check(failures, payload, "consultation", () -> {
                Consultation saved = consultations.open(admin, council, form(payload, payload, payload));
                assertThat(saved.title()).isEqualTo(expected);
                assertThat(consultations.details(saved.id()).consultation().description())
                        .isEqualTo(expected);
            });
            check(failures, payload, "theme", () -> consultations.addTheme(admin, consultation, payload));
            Contribution[] contribution = new Contribution[1];
            check(failures, payload, "contribution", () -> {
                // A title is one line (issue 18): a payload with a line break or a control character goes in the text
                // only.
                contribution[0] = contributions.submit(
                        resident,
                        consultation,
                        new ContributionForm(
                                ContributionKind.TESTIMONY,
                                TextInput.isPlainLine(payload) ? payload : "Témoignage",
                                payload,
                                Set.of(),
                                null));
                assertThat(contribution[0].body()).isEqualTo(published);
            });
            if (contribution[0] != null) {
                long id = contribution[0].id();
                check(failures, payload, "addendum", () -> contributions.addAddendum(resident, id, payload));
                check(
                        failures,
                        payload,
                        "comment",
                        () -> assertThat(discussions
                                        .comment(admin, id, null, Stance.NEUTRAL, payload)
                                        .body())
                                .isEqualTo(published));
                check(failures, payload, "answer", () -> answers.answer(admin, id, AnswerStatus.NOT_RETAINED, payload));
                check(failures, payload, "report", () -> moderation.report(admin, id, payload));
                check(failures, payload, "moderation", () -> moderation.hide(admin, id, payload));
                check(failures, payload, "restore", () -> moderation.restore(admin, id, payload));
            }
            check(
                    failures,
                    payload,
                    "mediation",
                    () -> mediation.collect(
                            organiser,
                            consultation,
                            new MediationForm(
                                    new ContributionForm(ContributionKind.NEED, "Recueillie", "Texte", Set.of(), null),
                                    payload,
                                    null,
                                    true,
                                    payload,
                                    null)));
        }
        assertThat(failures)
                .as("inputs that failed with something else than a clear refusal")
                .isEmpty();
    }

    /** Runs the input; a refusal must be a UserFacingException with a message in French. */
    private static void check(List<String> failures, String payload, String input, Runnable call) {
        try {
            call.run();
        } catch (UserFacingException refusal) {
            if (platform.bean(fr.convergences.base.i18n.Messages.class)
                    .getTranslation(refusal.messageKey(), java.util.Locale.FRENCH, refusal.arguments())
                    .startsWith("!")) {
                failures.add(input + " refused without a message (" + refusal.messageKey() + "): " + payload);
            }
        } catch (RuntimeException | AssertionError e) {
            failures.add(input + ": " + e + " for " + payload);
        }
    }

    @Test
    void every_payload_leaves_through_the_api_and_the_csv_export_intact_and_inert() throws Exception {
        Actor author = TestAccounts.actor(new TestAccounts(platform).create("Auteur"));
        long exported = platform.bean(ConsultationService.class)
                .open(admin, council, form("Export", "Question ?", null))
                .id();
        List<String> stored = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String payload : PAYLOADS) {
            String body = PersonalDataDetector.mask(TextInput.clean(payload));
            if (TextInput.clean(payload).length() <= Contribution.TITLE_MAX_LENGTH) {
                // A title is one line (issue 18): a payload with a line break or a control character goes in the text
                // only.
                boolean plain = TextInput.isPlainLine(payload);
                platform.bean(ContributionService.class)
                        .submit(
                                author,
                                exported,
                                new ContributionForm(
                                        ContributionKind.PROPOSAL,
                                        plain ? payload : "Proposition",
                                        payload,
                                        Set.of(),
                                        null));
                stored.add(body);
                titles.add(plain ? body : "Proposition");
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        String json = http.send(
                        HttpRequest.newBuilder(
                                        platform.uri("/api/consultations/" + exported + "/contributions?limit=500"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<Map<String, Object>> items = platform.bean(io.micronaut.serde.ObjectMapper.class)
                .readValue(
                        json,
                        io.micronaut.core.type.Argument.listOf(
                                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertThat(items).extracting(item -> (String) item.get("body")).containsExactlyInAnyOrderElementsOf(stored);

        String csv = http.send(
                        HttpRequest.newBuilder(platform.uri("/api/consultations/" + exported + "/contributions.csv"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows).hasSize(stored.size());
        Consumer<String> inert = cell ->
                assertThat(cell).as("a spreadsheet must not run this cell").doesNotMatch("(?s)^[=+\\-@\\t\\r].*");
        rows.forEach(row -> row.forEach(inert));
        assertThat(rows)
                .extracting(row -> row.get("texte"))
                .allSatisfy(text -> assertThat(stored)
                        .contains(text.startsWith("'") && !stored.contains(text) ? text.substring(1) : text));

        String document = http.send(
                        HttpRequest.newBuilder(platform.uri("/api/consultations/" + exported + "/contributions.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, Object> parsed = platform.bean(io.micronaut.serde.ObjectMapper.class)
                .readValue(document, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> contributions = (List<Map<String, Object>>) parsed.get("contributions");
        assertThat(contributions)
                .extracting(item -> (String) item.get("title"))
                .containsExactlyInAnyOrderElementsOf(titles);
    }

    @Test
    void every_payload_imported_from_a_json_lines_file_is_stored_as_written_or_rejected_with_its_reason()
            throws Exception {
        long imported = platform.bean(ConsultationService.class)
                .open(admin, council, form("Import", "Question ?", null))
                .id();
        io.micronaut.serde.ObjectMapper json = platform.bean(io.micronaut.serde.ObjectMapper.class);
        StringBuilder lines = new StringBuilder();
        for (String payload : PAYLOADS) {
            lines.append(json.writeValueAsString(Map.of("title", payload, "body", payload)))
                    .append('\n');
        }
        byte[] file = lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var imports = platform.bean(fr.convergences.contribution.exchange.ContributionImportService.class);
        fr.convergences.contribution.exchange.ImportReport report;
        try (var received = imports.receive(
                admin, imported, "payloads.jsonl", file.length, new java.io.ByteArrayInputStream(file))) {
            report = imports.commit(
                    admin,
                    imported,
                    received,
                    imports.preview(admin, imported, received, null).mapping(),
                    fr.convergences.contribution.exchange.ImportProgress.NONE);
        }

        // A title is one line (issue 18): rows whose title holds a line break or a control character are rejected.
        List<String> expected = PAYLOADS.stream()
                .filter(TextInput::isPlainLine)
                .map(TextInput::clean)
                .filter(text -> text.length() <= Contribution.TITLE_MAX_LENGTH)
                .map(PersonalDataDetector::mask)
                .toList();
        assertThat(report.acceptedCount() + report.rejected().size()).isEqualTo(PAYLOADS.size());
        assertThat(report.acceptedCount()).isEqualTo(expected.size());
        assertThat(new fr.convergences.testing.TestSql(platform)
                        .column("SELECT body FROM contribution WHERE consultation_id = ?", imported))
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
