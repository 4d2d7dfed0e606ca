package fr.convergences.search;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.territory.Council;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * A fresh council with its admin and an open consultation, and contributions written straight into
 * PostgreSQL (any origin, status or moderation state): the triggers record them in the outbox as they
 * would for an import or a service.
 */
final class SearchFixture {

    final TestPlatform platform;
    final TestSql sql;
    final Council council;
    final Actor admin;
    final Consultation consultation;

    SearchFixture(TestPlatform platform) {
        this.platform = platform;
        this.sql = new TestSql(platform);
        this.council = new TestCouncils(platform).create();
        Account account = new TestAccounts(platform).create("Admin recherche");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, account.id(), council.id(), CouncilRole.COUNCIL_ADMIN));
        this.admin = TestAccounts.actor(account);
        this.consultation = platform.bean(ConsultationService.class)
                .open(
                        admin,
                        council.id(),
                        new ConsultationForm(
                                "Diagnostic territorial",
                                "Quels sont vos besoins de santé ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(30)))));
    }

    ContributionBuilder contribution(String title, String body) {
        return new ContributionBuilder(title, body);
    }

    List<Long> themes() {
        return sql
                .column("SELECT id FROM theme WHERE consultation_id = ? ORDER BY position", consultation.id())
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    void awaitIndexed() {
        awaitIndexed(Duration.ofSeconds(30));
    }

    void awaitIndexed(Duration timeout) {
        try {
            platform.bean(IndexUpdater.class).awaitDrained(timeout);
        } catch (TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    final class ContributionBuilder {
        private final String title;
        private final String body;
        private String kind = "NEED";
        private String status = "PUBLISHED";
        private boolean hidden;
        private String origin = "ONLINE";
        private String commune;
        private Long author;
        private Instant published = Instant.now();
        private List<Long> themes = List.of();

        ContributionBuilder(String title, String body) {
            this.title = title;
            this.body = body;
        }

        ContributionBuilder kind(String value) {
            kind = value;
            return this;
        }

        ContributionBuilder status(String value) {
            status = value;
            return this;
        }

        ContributionBuilder hidden() {
            hidden = true;
            return this;
        }

        ContributionBuilder origin(String value) {
            origin = value;
            return this;
        }

        ContributionBuilder commune(String value) {
            commune = value;
            return this;
        }

        ContributionBuilder author(long value) {
            author = value;
            return this;
        }

        ContributionBuilder publishedAgo(Duration ago) {
            published = Instant.now().minus(ago);
            return this;
        }

        ContributionBuilder themes(List<Long> value) {
            themes = value;
            return this;
        }

        /**
         * Written directly: a search test needs contributions of any status, origin and hiding, published days ago,
         * which no use case makes (they publish now); the index learns of them through the change log as of any other.
         */
        long save() {
            java.sql.Timestamp at = java.sql.Timestamp.from(published);
            long id = ((Number) sql.column(
                                    """
                    INSERT INTO contribution (consultation_id, author_account_id, kind, title, body, commune_insee, status, created_at,
                                              published_at, withdrawn_at, origin, hidden, hidden_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                                    consultation.id(),
                                    author,
                                    kind,
                                    title,
                                    body,
                                    commune,
                                    status,
                                    at,
                                    "DRAFT".equals(status) ? null : at,
                                    "WITHDRAWN".equals(status) ? at : null,
                                    origin,
                                    hidden,
                                    hidden ? "test" : null)
                            .getFirst())
                    .longValue();
            themes.forEach(theme ->
                    sql.update("INSERT INTO contribution_theme (contribution_id, theme_id) VALUES (?, ?)", id, theme));
            return id;
        }
    }
}
