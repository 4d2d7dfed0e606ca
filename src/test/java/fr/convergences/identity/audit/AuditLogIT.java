package fr.convergences.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.role.CouncilRoleService;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.transaction.TransactionOperations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AuditLogIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final AuditTrail trail = platform.bean(AuditTrail.class);
    private final AuditLogService service = platform.bean(AuditLogService.class);
    private final TestSql sql = new TestSql(platform);

    @SuppressWarnings("unchecked")
    private final TransactionOperations<Connection> transactions = platform.bean(TransactionOperations.class);

    private void append(long councilId, String action) {
        transactions.executeWrite(status -> {
            trail.record(
                    new AuditEvent(Actor.ANONYMOUS, councilId, action, "test", "1", Map.of(), Map.of("n", action)));
            return null;
        });
    }

    @Test
    void an_entry_rolls_back_with_the_change_it_records() {
        long council = new TestCouncils(platform).create().id();
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
                    trail.record(new AuditEvent(Actor.ANONYMOUS, council, "x", "test", "1", Map.of(), Map.of()));
                    throw new IllegalStateException("the change failed");
                }))
                .hasMessageContaining("the change failed");

        assertThat(sql.count("SELECT count(*) FROM audit_entry WHERE chain_key = ?", council))
                .isZero();
    }

    @Test
    void recording_outside_a_transaction_is_refused() {
        assertThatThrownBy(
                        () -> trail.record(new AuditEvent(Actor.ANONYMOUS, null, "x", "test", "1", Map.of(), Map.of())))
                .isNotNull();
    }

    @Test
    void concurrent_appends_to_one_council_form_one_unbroken_chain() throws Exception {
        long council = new TestCouncils(platform).create().id();
        long other = new TestCouncils(platform).create().id();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int t = thread;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    append(council, "a" + t + "-" + i);
                    if (i % 5 == 0) {
                        append(other, "b" + t + "-" + i);
                    }
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        assertThat(sql.column("SELECT seq FROM audit_entry WHERE chain_key = ? ORDER BY seq", council))
                .hasSize(200)
                .last()
                .isEqualTo(200L);
        assertThat(service.head(council).seq()).isEqualTo(200);
        assertThat(service.head(other).seq()).isEqualTo(40);
        assertThat(platform.bean(AuditVerifier.class).verify(List.of(council, other), Map.of()))
                .isEmpty();
    }

    @Test
    void a_list_recorded_at_once_gives_the_same_entries_and_hashes_as_one_record_after_the_other() {
        long council = new TestCouncils(platform).create().id();
        long other = new TestCouncils(platform).create().id();
        append(council, "before");
        append(other, "before");
        AuditEntryStore store = platform.bean(AuditEntryStore.class);
        HashChainedAuditLog log = new HashChainedAuditLog(
                store,
                java.time.Clock.fixed(
                        java.time.Instant.parse("2026-12-07T18:00:00.123456789Z"), java.time.ZoneOffset.UTC));
        List<AuditEvent> events = List.of(
                new AuditEvent(
                        Actor.account(7L),
                        council,
                        "motion.ballot.cast",
                        "voting_session",
                        "3",
                        Map.of(),
                        Map.of("seat", 1, "choice", "FOR")),
                new AuditEvent(
                        Actor.ANONYMOUS,
                        other,
                        "motion.ballot.cast",
                        "voting_session",
                        "4",
                        Map.of(),
                        Map.of("ballots", 2)),
                new AuditEvent(
                        Actor.account(8L),
                        council,
                        "motion.ballot.change",
                        "voting_session",
                        "3",
                        Map.of("é", "\"q\""),
                        Map.of("seat", 2)),
                new AuditEvent(
                        Actor.account(9L),
                        council,
                        "motion.ballot.cast",
                        "voting_session",
                        "3",
                        Map.of(),
                        Map.of("seat", 3)));

        // One record after the other, read back and rolled back; then the same list at once.
        List<List<AuditEntry>> oneByOne = new ArrayList<>();
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
                    events.forEach(log::record);
                    oneByOne.add(store.newestFirst(council, 0, 10));
                    oneByOne.add(store.newestFirst(other, 0, 10));
                    throw new IllegalStateException("rolled back on purpose");
                }))
                .hasMessageContaining("on purpose");
        List<List<AuditEntry>> atOnce = transactions.executeWrite(status -> {
            log.recordAll(events);
            return List.of(store.newestFirst(council, 0, 10), store.newestFirst(other, 0, 10));
        });

        assertThat(atOnce.get(0)).containsExactlyElementsOf(oneByOne.get(0)).hasSize(4);
        assertThat(atOnce.get(1)).containsExactlyElementsOf(oneByOne.get(1)).hasSize(2);
        assertThat(atOnce.get(0).stream().map(AuditEntry::action))
                .containsExactly("motion.ballot.cast", "motion.ballot.change", "motion.ballot.cast", "before");
        assertThat(platform.bean(AuditVerifier.class).verify(List.of(council, other), Map.of()))
                .isEmpty();
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_entry() {
        long council = new TestCouncils(platform).create().id();
        append(council, "kept");

        assertThatThrownBy(() -> sql.update("UPDATE audit_entry SET action = 'changed' WHERE chain_key = ?", council))
                .hasRootCauseMessage(
                        "ERROR: audit_entry is append-only: UPDATE refused\n  Where: PL/pgSQL function audit_entry_is_append_only() line 3 at RAISE");
        assertThatThrownBy(() -> sql.update("DELETE FROM audit_entry WHERE chain_key = ?", council))
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void verification_detects_an_edit_and_a_full_rewrite_against_the_published_head() {
        long council = new TestCouncils(platform).create().id();
        for (int i = 1; i <= 5; i++) {
            append(council, "step" + i);
        }
        AuditChainHead published = service.head(council);
        assertThat(verify("--council", String.valueOf(council), "--expect", published.toString()))
                .startsWith("0 ");

        // An operator with database access edits entry 3.
        sql.update("ALTER TABLE audit_entry DISABLE TRIGGER USER");
        try {
            sql.update(
                    "UPDATE audit_entry SET after_json = '{\"n\":\"forged\"}' WHERE chain_key = ? AND seq = 3",
                    council);
            assertThat(verify("--council", String.valueOf(council)))
                    .startsWith("1 ")
                    .contains("entry 3 was modified");

            // A careful one recomputes every hash from entry 3 on: the stored chain is consistent again...
            rehashFrom(council, 3);
            assertThat(verify("--council", String.valueOf(council))).startsWith("0 ");
            // ...but not with the head that was published before the rewrite.
            assertThat(verify("--council", String.valueOf(council), "--expect", published.toString()))
                    .startsWith("1 ")
                    .contains("differs from the published head 5:");
        } finally {
            sql.update("ALTER TABLE audit_entry ENABLE TRIGGER USER");
        }
    }

    private void rehashFrom(long council, long fromSeq) {
        List<AuditEntry> chain = new ArrayList<>();
        transactions.executeRead(status -> {
            platform.bean(AuditEntryStore.class).inOrder(council, chain::add);
            return null;
        });
        String previous = chain.get((int) fromSeq - 2).hash();
        for (AuditEntry entry : chain.subList((int) fromSeq - 1, chain.size())) {
            AuditEntry relinked = new AuditEntry(
                    entry.chainKey(),
                    entry.seq(),
                    entry.councilId(),
                    entry.actorAccountId(),
                    entry.action(),
                    entry.subjectType(),
                    entry.subjectId(),
                    entry.beforeJson(),
                    entry.afterJson(),
                    entry.occurredAt(),
                    previous,
                    null);
            previous = relinked.computeHash();
            sql.update(
                    "UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE chain_key = ? AND seq = ?",
                    relinked.previousHash(),
                    previous,
                    council,
                    entry.seq());
        }
    }

    /** Runs verify-audit as the command line would, and returns "exit-code output". */
    private String verify(String... arguments) {
        VerifyAuditCommand command = new VerifyAuditCommand();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        command.out = new PrintStream(output, true, StandardCharsets.UTF_8);
        new CommandLine(command).parseArgs(arguments);
        int exit = command.run(platform.context());
        return exit + " " + output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void role_changes_are_audited_and_only_council_admins_read_their_log() {
        TestAccounts accounts = new TestAccounts(platform);
        long council = new TestCouncils(platform).create().id();
        Account platformAdmin = accounts.createPlatformAdmin("Plateforme");
        Account admin = accounts.create("Admin du conseil");
        Account resident = accounts.create("Habitant");
        CouncilRoleService roles = platform.bean(CouncilRoleService.class);

        roles.grant(TestAccounts.actor(platformAdmin), council, admin.id(), CouncilRole.COUNCIL_ADMIN);
        roles.grant(TestAccounts.actor(admin), council, resident.id(), CouncilRole.MODERATOR);

        List<AuditEntry> log = service.entries(TestAccounts.actor(admin), council, 0, 50);
        assertThat(log).extracting(AuditEntry::action).containsExactly("role.grant", "role.grant");
        assertThat(log.getFirst().afterJson()).isEqualTo("{\"role\":\"MODERATOR\"}");
        assertThat(log.getFirst().actorAccountId()).isEqualTo(admin.id());
        assertThatThrownBy(() -> service.entries(TestAccounts.actor(resident), council, 0, 50))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_journal_names_people_puts_each_change_apart_and_filters_by_action_and_person() {
        TestAccounts accounts = new TestAccounts(platform);
        long council = new TestCouncils(platform).create().id();
        Account platformAdmin = accounts.createPlatformAdmin("Plateforme");
        Account secretary = accounts.create("Claire Secrétaire");
        platform.bean(CouncilRoleService.class)
                .grant(TestAccounts.actor(platformAdmin), council, secretary.id(), CouncilRole.COUNCIL_ADMIN);
        transactions.executeWrite(status -> {
            trail.record(new AuditEvent(
                    TestAccounts.actor(secretary),
                    council,
                    "motion.sitting.convene",
                    "sitting",
                    "7",
                    Map.of(),
                    Map.of("title", "Séance <b>plénière</b>", "agenda", List.of(3, 4))));
            trail.record(new AuditEvent(
                    Actor.ANONYMOUS,
                    council,
                    "motion.session.close",
                    "voting_session",
                    "9",
                    Map.of("status", "OPEN"),
                    Map.of("status", "CLOSED")));
            return null;
        });
        Actor reader = TestAccounts.actor(secretary);

        List<JournalLine> all = service.journal(reader, council, JournalFilter.NONE, 0, 50);
        assertThat(all)
                .extracting(JournalLine::action)
                .containsExactly("motion.session.close", "motion.sitting.convene", "role.grant");
        JournalLine convened = all.get(1);
        assertThat(convened.actorName()).isEqualTo("Claire Secrétaire");
        assertThat(convened.changes())
                .containsExactlyInAnyOrder(
                        new JournalLine.Change("title", "", "Séance <b>plénière</b>"),
                        new JournalLine.Change("agenda", "", "3, 4"));
        assertThat(all.getFirst().changes()).containsExactly(new JournalLine.Change("status", "OPEN", "CLOSED"));
        assertThat(all.getFirst().actorName()).isNull();

        assertThat(service.journal(reader, council, new JournalFilter("motion.sitting.convene", null), 0, 50))
                .hasSize(1);
        assertThat(service.journal(reader, council, new JournalFilter(null, platformAdmin.id()), 0, 50))
                .extracting(JournalLine::action)
                .containsExactly("role.grant");
        assertThat(service.journalChoices(reader, council).actors()).containsEntry(secretary.id(), "Claire Secrétaire");
    }

    @Test
    void verify_audit_gives_exit_code_2_not_the_tampered_code_when_it_cannot_judge() {
        long council = new TestCouncils(platform).create().id();
        append(council, "step");
        assertThat(verify("--expect", service.head(council).toString()))
                .startsWith("2 ")
                .contains("--council");
        assertThat(verify("--council", String.valueOf(council), "--expect", "not-a-head"))
                .startsWith("2 ");
        assertThat(verify(
                        "--council",
                        String.valueOf(council),
                        "--expect",
                        service.head(council).toString()))
                .startsWith("0 ");
    }
}
