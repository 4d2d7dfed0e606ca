package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The projet's use cases against the real database: each one's effect, audit entry and event, and each refusal
 * with its message key, leaving every table of the projet and the audit log as they were.
 */
class ProjectIT {

    private static final List<String> TABLES = List.of(
            "health_project",
            "health_project_version",
            "project_axis",
            "project_action",
            "project_action_partner",
            "project_action_commune",
            "project_action_progress",
            "project_action_link",
            "project_indicator",
            "project_measurement",
            "audit_entry");

    private final TestPlatform platform = TestPlatform.shared();
    private final ProjectService projects = platform.bean(ProjectService.class);
    private final ActionService actions = platform.bean(ActionService.class);
    private final IndicatorService indicators = platform.bean(IndicatorService.class);
    private final RecordedProjectEvents events = platform.bean(RecordedProjectEvents.class);
    private final TestSql sql = new TestSql(platform);

    private ActionForm actionForm(ProjectFixture fixture, String title) {
        return new ActionForm(
                title,
                "Des consultations le soir dans trois maisons de santé.",
                fixture.owner.id(),
                Set.of(fixture.partner.id()),
                Set.of(fixture.commune.inseeCode()),
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2027, 6, 30),
                120_000L);
    }

    private IndicatorForm indicatorForm(Long actionId, String name) {
        return new IndicatorForm(
                actionId,
                name,
                "Part des habitants sans médecin traitant déclaré.",
                "%",
                "Assurance maladie (SNDS)",
                new BigDecimal("14.5"),
                LocalDate.of(2025, 12, 31),
                new BigDecimal("10"),
                LocalDate.of(2028, 12, 31),
                Frequency.YEARLY,
                Direction.LOWER_IS_BETTER,
                "Délégation départementale de l’ARS");
    }

    @Test
    void a_projet_is_opened_adopted_by_a_deliberation_published_and_then_public() {
        ProjectFixture fixture = new ProjectFixture(platform);
        HealthProject project = projects.open(
                fixture.admin, fixture.councilId(), "Projet territorial de santé 2026-2030", "Quatre priorités.");
        Axis axis = projects.addAxis(
                fixture.admin, project.id(), "Accès aux soins de proximité", "Trouver un médecin traitant.");
        String slug = fixture.council.council.slug();

        assertThat(projects.page(Actor.ANONYMOUS, slug).project())
                .as("a draft is not public")
                .isNull();
        assertThat(projects.page(fixture.admin, slug).axes())
                .extracting(entry -> entry.axis().title())
                .containsExactly(axis.title());

        long avis = fixture.adoptedMotion(MotionKind.AVIS);
        refused("project.adopt.deliberationOnly", () -> projects.adopt(fixture.admin, project.id(), avis));
        long deliberation = fixture.adoptedMotion(MotionKind.DELIBERATION);
        refused("project.publish.notAdopted", () -> projects.publish(fixture.admin, project.id()));

        ProjectVersion adopted = projects.adopt(fixture.admin, project.id(), deliberation);
        assertThat(adopted.status()).isEqualTo(VersionStatus.ADOPTED);
        assertThat(adopted.adoptedByMotionId()).isEqualTo(deliberation);
        refused("project.adopt.notDraft", () -> projects.adopt(fixture.admin, project.id(), deliberation));
        projects.publish(fixture.admin, project.id());

        ProjectDetails page = projects.page(Actor.ANONYMOUS, slug);
        assertThat(page.version().status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(page.canManage()).isFalse();
        assertThat(events.received)
                .contains(new ProjectVersionChanged(
                        project.id(), fixture.councilId(), 1, VersionStatus.ADOPTED, adopted.adoptedAt()));
        assertThat(sql.column(
                        "SELECT action FROM audit_entry WHERE council_id = ? AND action LIKE 'project.%' ORDER BY seq",
                        fixture.councilId()))
                .containsExactly(
                        "project.open", "project.axis.add", "project.version.adopt", "project.version.publish");
        refused("project.exists", () -> projects.open(fixture.admin, fixture.councilId(), "Un second projet", "Non."));
    }

    @Test
    void only_the_council_admin_edits_the_projet_and_a_refusal_changes_nothing() {
        ProjectFixture fixture = new ProjectFixture(platform);
        HealthProject project = projects.open(fixture.admin, fixture.councilId(), "Projet", "Résumé.");
        Axis axis = projects.addAxis(fixture.admin, project.id(), "Axe", "");
        Actor member = fixture.council.titulars.getFirst().actor();
        Actor stranger = TestAccounts.actor(new TestAccounts(platform).create("Passant"));
        String before = counts();
        for (Actor actor : List.of(member, stranger, Actor.ANONYMOUS)) {
            assertThatThrownBy(() -> projects.addAxis(actor, project.id(), "Autre axe", ""))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> actions.create(actor, axis.id(), actionForm(fixture, "Action")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> indicators.define(actor, project.id(), indicatorForm(null, "Indicateur")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void an_action_is_created_started_logged_linked_and_abandoned_only_with_its_reason() {
        ProjectFixture fixture = new ProjectFixture(platform);
        HealthProject project = projects.open(fixture.admin, fixture.councilId(), "Projet", "Résumé.");
        Axis axis = projects.addAxis(fixture.admin, project.id(), "Accès aux soins", "");

        refused(
                "project.action.dates.order",
                () -> actions.create(
                        fixture.admin,
                        axis.id(),
                        new ActionForm(
                                "Soirées",
                                "Texte",
                                fixture.owner.id(),
                                Set.of(),
                                Set.of(),
                                LocalDate.of(2026, 6, 1),
                                LocalDate.of(2026, 5, 1),
                                null)));
        refused(
                "project.action.partner.isOwner",
                () -> actions.create(
                        fixture.admin,
                        axis.id(),
                        new ActionForm(
                                "Soirées",
                                "Texte",
                                fixture.owner.id(),
                                Set.of(fixture.owner.id()),
                                Set.of(),
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2026, 5, 1),
                                null)));
        refused(
                "project.action.commune.unknown",
                () -> actions.create(
                        fixture.admin,
                        axis.id(),
                        new ActionForm(
                                "Soirées",
                                "Texte",
                                fixture.owner.id(),
                                Set.of(),
                                Set.of("91228"),
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2026, 5, 1),
                                null)));
        refused(
                "project.action.title.required",
                () -> actions.create(fixture.admin, axis.id(), actionForm(fixture, "  ")));

        ProjectAction action = actions.create(fixture.admin, axis.id(), actionForm(fixture, "Consultations du soir"));
        assertThat(action.status()).isEqualTo(ActionStatus.PLANNED);
        refused(
                "project.action.duplicate",
                () -> actions.create(fixture.admin, axis.id(), actionForm(fixture, "Consultations du soir")));

        refused(
                "project.action.reason.abandonOnly",
                () -> actions.changeStatus(fixture.admin, action.id(), ActionStatus.IN_PROGRESS, "Parce que"));
        actions.changeStatus(fixture.admin, action.id(), ActionStatus.IN_PROGRESS, null);
        actions.logProgress(
                fixture.admin, action.id(), LocalDate.now().minusDays(1), "Première soirée à Évry : 23 patients vus.");
        refused(
                "project.progress.date",
                () -> actions.logProgress(
                        fixture.admin, action.id(), LocalDate.now().plusDays(3), "Plus tard"));
        refused(
                "project.action.reason.required",
                () -> actions.changeStatus(fixture.admin, action.id(), ActionStatus.ABANDONED, "  "));
        refused(
                "project.action.status.backToPlanned",
                () -> actions.changeStatus(fixture.admin, action.id(), ActionStatus.PLANNED, null));

        long avis = fixture.adoptedMotion(MotionKind.AVIS);
        actions.link(fixture.admin, action.id(), LinkKind.MOTION, avis);
        refused("project.link.duplicate", () -> actions.link(fixture.admin, action.id(), LinkKind.MOTION, avis));
        ProjectFixture elsewhere = new ProjectFixture(platform);
        long foreign = elsewhere.adoptedMotion(MotionKind.AVIS);
        refused("project.link.unknown", () -> actions.link(fixture.admin, action.id(), LinkKind.MOTION, foreign));
        long consultation = platform.bean(fr.convergences.consultation.ConsultationService.class)
                .open(
                        fixture.admin,
                        fixture.councilId(),
                        new fr.convergences.consultation.ConsultationForm(
                                "Vos besoins",
                                "Lesquels ?",
                                null,
                                List.of(new fr.convergences.consultation.ConsultationForm.PhaseDates(
                                        fr.convergences.consultation.PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(10)))))
                .id();
        var contributions = platform.bean(fr.convergences.contribution.ContributionService.class);
        long said = contributions
                .submit(
                        TestAccounts.actor(new TestAccounts(platform).create("Habitante")),
                        consultation,
                        new fr.convergences.contribution.ContributionForm(
                                fr.convergences.contribution.ContributionKind.NEED,
                                "Un médecin le soir",
                                "Je travaille tard.",
                                Set.of(),
                                null))
                .id();
        long draft = contributions
                .saveDraft(
                        TestAccounts.actor(new TestAccounts(platform).create("Brouillon")),
                        consultation,
                        new fr.convergences.contribution.ContributionForm(
                                fr.convergences.contribution.ContributionKind.NEED,
                                "Pas encore",
                                "Brouillon.",
                                Set.of(),
                                null))
                .id();
        refused("project.link.unknown", () -> actions.link(fixture.admin, action.id(), LinkKind.CONTRIBUTION, draft));
        actions.link(fixture.admin, action.id(), LinkKind.CONTRIBUTION, said);

        ProjectAction abandoned = actions.changeStatus(
                fixture.admin, action.id(), ActionStatus.ABANDONED, "Aucun médecin volontaire le soir.");
        assertThat(abandoned.abandonReason()).isEqualTo("Aucun médecin volontaire le soir.");
        refused(
                "project.action.status.final",
                () -> actions.changeStatus(fixture.admin, action.id(), ActionStatus.DONE, null));

        ActionDetails page = actions.page(fixture.admin, action.id());
        assertThat(page.progress())
                .extracting(ProgressEntry::status)
                .containsExactly(ActionStatus.ABANDONED, ActionStatus.IN_PROGRESS, null);
        assertThat(page.ownerName()).isEqualTo(fixture.owner.name());
        assertThat(page.partnerNames()).containsExactly(fixture.partner.name());
        assertThat(page.communeNames()).containsExactly("Évry-Courcouronnes");
        assertThat(page.links())
                .extracting(ActionDetails.Link::path)
                .containsExactlyInAnyOrder("motions/" + avis, "contributions/" + said);
        assertThat(events.received)
                .filteredOn(ActionStatusChanged.class::isInstance)
                .map(ActionStatusChanged.class::cast)
                .filteredOn(event -> event.actionId() == action.id())
                .extracting(ActionStatusChanged::to)
                .containsExactly(ActionStatus.IN_PROGRESS, ActionStatus.ABANDONED);
        assertThatThrownBy(() -> actions.page(Actor.ANONYMOUS, action.id()))
                .as("the projet is not published yet")
                .isInstanceOf(UserFacingException.class);
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE council_id = ? AND action = 'project.action.status'",
                        fixture.councilId()))
                .isEqualTo(2);
    }

    @Test
    void the_database_refuses_an_abandoned_action_without_reason_even_past_the_service() {
        ProjectFixture fixture = new ProjectFixture(platform);
        HealthProject project = projects.open(fixture.admin, fixture.councilId(), "Projet", "Résumé.");
        Axis axis = projects.addAxis(fixture.admin, project.id(), "Axe", "");
        ProjectAction action = actions.create(fixture.admin, axis.id(), actionForm(fixture, "Action"));
        assertThatThrownBy(() -> sql.update("UPDATE project_action SET status = 'ABANDONED' WHERE id = ?", action.id()))
                .rootCause()
                .hasMessageContaining("violates check constraint");
    }

    @Test
    void an_indicator_is_proposed_co_adopted_with_the_users_college_and_measured() {
        ProjectFixture fixture = new ProjectFixture(platform);
        HealthProject project = projects.open(fixture.admin, fixture.councilId(), "Projet", "Résumé.");
        Axis axis = projects.addAxis(fixture.admin, project.id(), "Axe", "");
        ProjectAction action = actions.create(fixture.admin, axis.id(), actionForm(fixture, "Action"));

        IndicatorForm worse = new IndicatorForm(
                null,
                "Sans médecin traitant",
                "Définition",
                "%",
                "SNDS",
                new BigDecimal("14.5"),
                LocalDate.of(2025, 12, 31),
                new BigDecimal("16"),
                LocalDate.of(2028, 12, 31),
                Frequency.YEARLY,
                Direction.LOWER_IS_BETTER,
                "ARS");
        refused("project.indicator.target.direction", () -> indicators.define(fixture.admin, project.id(), worse));
        Indicator indicator =
                indicators.define(fixture.admin, project.id(), indicatorForm(action.id(), "Sans médecin traitant"));
        refused(
                "project.indicator.duplicate",
                () -> indicators.define(fixture.admin, project.id(), indicatorForm(null, "Sans médecin traitant")));
        assertThat(indicator.coAdopted()).isFalse();

        long users = fixture.council.colleges.get(1).id();
        refused(
                "project.indicator.agreement.date",
                () -> indicators.recordCollegeAgreement(
                        fixture.admin, indicator.id(), users, LocalDate.now().plusDays(2)));
        Indicator agreed = indicators.recordCollegeAgreement(
                fixture.admin, indicator.id(), users, LocalDate.now().minusDays(3));
        assertThat(agreed.agreedCollegeId()).isEqualTo(users);
        assertThat(agreed.agreementRecordedBy()).isEqualTo(fixture.admin.accountId());
        refused(
                "project.indicator.agreement.already",
                () -> indicators.recordCollegeAgreement(fixture.admin, indicator.id(), users, LocalDate.now()));
        assertThat(events.received)
                .contains(new IndicatorCoAdopted(indicator.id(), fixture.councilId(), agreed.agreementRecordedAt()));

        indicators.recordMeasurement(
                fixture.admin,
                indicator.id(),
                new MeasurementForm(
                        LocalDate.of(2026, 6, 30), new BigDecimal("13.2"), null, "SNDS, extraction de juillet"));
        indicators.recordMeasurement(
                fixture.admin,
                indicator.id(),
                new MeasurementForm(
                        LocalDate.of(2026, 6, 30),
                        new BigDecimal("21.4"),
                        fixture.commune.inseeCode(),
                        "SNDS, extraction de juillet"));
        refused(
                "project.measurement.duplicate",
                () -> indicators.recordMeasurement(
                        fixture.admin,
                        indicator.id(),
                        new MeasurementForm(LocalDate.of(2026, 6, 30), new BigDecimal("13"), null, "Autre")));
        refused(
                "project.measurement.commune.unknown",
                () -> indicators.recordMeasurement(
                        fixture.admin,
                        indicator.id(),
                        new MeasurementForm(LocalDate.of(2026, 6, 30), new BigDecimal("13"), "91228", "Autre")));
        refused(
                "project.measurement.value.invalid",
                () -> indicators.recordMeasurement(
                        fixture.admin,
                        indicator.id(),
                        new MeasurementForm(LocalDate.of(2026, 7, 30), new BigDecimal("13.12345"), null, "Autre")));
        refused(
                "project.measurement.provenance.required",
                () -> indicators.recordMeasurement(
                        fixture.admin,
                        indicator.id(),
                        new MeasurementForm(LocalDate.of(2026, 7, 30), new BigDecimal("13"), null, " ")));

        Dashboard dashboard = indicators.dashboard(fixture.admin, fixture.council.council.slug());
        assertThat(dashboard.indicators()).hasSize(1);
        Dashboard.Entry entry = dashboard.indicators().getFirst();
        assertThat(entry.collegeName())
                .isEqualTo(fixture.council.colleges.get(1).name());
        assertThat(entry.measurements())
                .extracting(m -> m.value().stripTrailingZeros().toPlainString())
                .containsExactly("13.2", "21.4");
        assertThat(entry.territorySeries()).hasSize(1);
        assertThat(indicators
                        .dashboard(Actor.ANONYMOUS, fixture.council.council.slug())
                        .indicators())
                .as("not published yet")
                .isEmpty();
    }

    @Test
    void the_owner_organisation_follows_up_its_own_action_but_the_council_alone_abandons_it() {
        ProjectFixture fixture = new ProjectFixture(platform);
        HealthProject project = projects.open(fixture.admin, fixture.councilId(), "Projet", "Résumé.");
        Axis axis = projects.addAxis(fixture.admin, project.id(), "Accès aux soins", "");
        ProjectAction action = actions.create(fixture.admin, axis.id(), actionForm(fixture, "Consultations du soir"));
        projects.adopt(fixture.admin, project.id(), fixture.adoptedMotion(MotionKind.DELIBERATION));
        projects.publish(fixture.admin, project.id());
        TestAccounts accounts = new TestAccounts(platform);
        fr.convergences.identity.Account ownerAdmin = accounts.create("Coordinatrice de la CPTS");
        platform.bean(fr.convergences.territory.organisation.MembershipRepository.class)
                .save(new fr.convergences.territory.organisation.Membership(
                        null,
                        fixture.owner.id(),
                        ownerAdmin.id(),
                        true,
                        fr.convergences.territory.organisation.Membership.MembershipStatus.APPROVED,
                        java.time.Instant.now(),
                        java.time.Instant.now(),
                        null));
        Actor owner = TestAccounts.actor(ownerAdmin);
        Actor partnerAdmin = TestAccounts.actor(accounts.create("Bénévole partenaire"));

        assertThat(actions.page(owner, action.id()).canFollowUp()).isTrue();
        assertThat(actions.page(owner, action.id()).canManage()).isFalse();
        refused(
                "project.progress.attachment.url.invalid",
                () -> actions.logProgress(
                        owner,
                        action.id(),
                        LocalDate.now(),
                        "Compte rendu",
                        List.of(new ProgressAttachment(0, "Compte rendu", "javascript:alert(1)"))));
        actions.logProgress(
                owner,
                action.id(),
                LocalDate.now().minusDays(1),
                "Deux médecins ont dit oui.",
                List.of(
                        new ProgressAttachment(0, "Compte rendu de la réunion", "https://cpts.example.org/cr.pdf"),
                        new ProgressAttachment(0, " ", "https://cpts.example.org/photos")));
        actions.changeStatus(owner, action.id(), ActionStatus.IN_PROGRESS, null);
        String before = counts();
        assertThatThrownBy(() -> actions.changeStatus(owner, action.id(), ActionStatus.ABANDONED, "Plus de médecins."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.logProgress(partnerAdmin, action.id(), LocalDate.now(), "Pas la mienne."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.link(owner, action.id(), LinkKind.MOTION, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(counts()).isEqualTo(before);
        actions.changeStatus(owner, action.id(), ActionStatus.DONE, null);

        assertThat(actions.page(Actor.ANONYMOUS, action.id()).canFollowUp()).isFalse();
        assertThat(actions.page(Actor.ANONYMOUS, action.id()).attachments())
                .extracting(ProgressAttachment::label, ProgressAttachment::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Compte rendu de la réunion", "https://cpts.example.org/cr.pdf"),
                        org.assertj.core.groups.Tuple.tuple(
                                "https://cpts.example.org/photos", "https://cpts.example.org/photos"));
        assertThat(actions.page(fixture.admin, action.id()).progress())
                .extracting(ProgressEntry::status)
                .containsExactly(ActionStatus.DONE, ActionStatus.IN_PROGRESS, null);
        assertThat(sql
                        .column(
                                "SELECT actor_account_id FROM audit_entry WHERE council_id = ? AND subject_type = 'project_action' AND subject_id = ? "
                                        + "ORDER BY seq",
                                fixture.councilId(),
                                String.valueOf(action.id()))
                        .stream()
                        .map(Object::toString)
                        .toList())
                .as("the owner's changes are audited in their name")
                .containsExactly(
                        String.valueOf(fixture.admin.accountId()),
                        String.valueOf(ownerAdmin.id()),
                        String.valueOf(ownerAdmin.id()),
                        String.valueOf(ownerAdmin.id()));
    }

    private void refused(String key, Executable call) {
        String before = counts();
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
        assertThat(counts()).as("a refusal changes nothing").isEqualTo(before);
    }

    /** Row counts and the latest change of every projet table, with the audit log: equal when nothing changed. */
    private String counts() {
        StringBuilder all = new StringBuilder();
        for (String table : TABLES) {
            all.append(table)
                    .append('=')
                    .append(sql.count("SELECT count(*) FROM " + table))
                    .append(' ');
        }
        all.append(sql.column(
                "SELECT md5(string_agg(status || coalesce(abandon_reason, ''), ',' ORDER BY id)) FROM project_action"));
        all.append(sql.column("SELECT md5(string_agg(status, ',' ORDER BY id)) FROM health_project_version"));
        all.append(sql.column(
                "SELECT md5(string_agg(coalesce(agreed_on::text, ''), ',' ORDER BY id)) FROM project_indicator"));
        return all.toString();
    }
}
