package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.project.diagnostic.Diagnostic;
import fr.convergences.project.diagnostic.DiagnosticDetails;
import fr.convergences.project.diagnostic.DiagnosticPdf;
import fr.convergences.project.diagnostic.DiagnosticService;
import fr.convergences.project.diagnostic.DiagnosticStore;
import fr.convergences.project.diagnostic.FigureImport;
import fr.convergences.project.diagnostic.FigureRowPolicy;
import fr.convergences.testing.PdfUaCheck;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The diagnostic territorial as a document, on real PostgreSQL: built from a published synthesis, written, given its
 * figures per commune and priority communes, adopted by a délibération and published; only the council admin writes
 * it, the public reads published versions only, a published version never changes, and actions point at its needs.
 */
class DiagnosticIT {

    private static final String NEED = DiagnosticFixture.NEED;

    private final TestPlatform platform = TestPlatform.shared();
    private final DiagnosticService diagnostics = platform.bean(DiagnosticService.class);
    private final TestSql sql = new TestSql(platform);

    private DiagnosticFixture council() {
        return new DiagnosticFixture(platform);
    }

    private Path csv(String content) throws IOException {
        Path file = Files.createTempFile(TestPlatform.buildDirectory(), "figures-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void
            a_diagnostic_is_built_from_the_synthesis_given_figures_and_priorities_adopted_by_a_deliberation_and_then_public()
                    throws Exception {
        DiagnosticFixture council = council();
        ProjectFixture fixture = council.project;
        Diagnostic diagnostic = diagnostics.open(
                fixture.admin,
                fixture.councilId(),
                council.consultation.consultation,
                "Diagnostic territorial 2026",
                "Ce que les habitants ont dit de leur santé.");
        assertThat(diagnostics.page(Actor.ANONYMOUS, council.slug(), null).isEmpty())
                .as("a draft is not public")
                .isTrue();

        assertThat(diagnostics.build(fixture.admin, diagnostic.id())).isPositive();
        DiagnosticDetails draft = diagnostics.page(fixture.admin, council.slug(), null);
        DiagnosticDetails.NeedView need = needs(draft).stream()
                .filter(view -> view.need().title().equals(NEED))
                .findFirst()
                .orElseThrow();
        assertThat(need.convergencePath()).isEqualTo("convergences/" + council.convergence);
        assertThat(need.need().voices()).contains("voix distinctes");
        assertThat(need.quoteShown()).isTrue();
        assertThat(council.consultation.doctors).contains(need.need().quoteContributionId());

        long section = draft.shown().sections().getFirst().section().id();
        diagnostics.writeSection(
                fixture.admin, section, "Le territoire manque de médecins généralistes, surtout au sud.");
        diagnostics.flagCommune(
                fixture.admin,
                diagnostic.id(),
                fixture.otherCommune.inseeCode(),
                "Aucun médecin généraliste installé.");
        Path file = csv("code_insee;nom;population;APL médecins généralistes\n"
                + fixture.commune.inseeCode() + ";Évry-Courcouronnes;68 761;3,1\n"
                + fixture.otherCommune.inseeCode() + ";Étampes;25 000;\n");
        FigureImport imported =
                diagnostics.importFigures(fixture.admin, diagnostic.id(), file, "apl-2023.csv", "DREES, APL 2023");
        assertThat(imported)
                .isEqualTo(new FigureImport.Imported(List.of("population", "APL médecins généralistes"), 2, 3));

        long avis = fixture.adoptedMotion(MotionKind.AVIS);
        refused("diagnostic.adopt.deliberationOnly", () -> diagnostics.adopt(fixture.admin, diagnostic.id(), avis));
        refused("diagnostic.publish.notAdopted", () -> diagnostics.publish(fixture.admin, diagnostic.id()));
        long deliberation = fixture.adoptedMotion(MotionKind.DELIBERATION);
        diagnostics.adopt(fixture.admin, diagnostic.id(), deliberation);
        refused(
                "diagnostic.notDraft",
                () -> diagnostics.writeSection(fixture.admin, section, "Réécrit après le vote."));
        diagnostics.publish(fixture.admin, diagnostic.id());

        DiagnosticDetails page = diagnostics.page(Actor.ANONYMOUS, council.slug(), null);
        assertThat(page.canManage()).isFalse();
        assertThat(page.shown().version().number()).isEqualTo(1);
        assertThat(page.shown().version().adoptedByMotionId()).isEqualTo(deliberation);
        assertThat(page.published())
                .extracting(DiagnosticDetails.Published::number)
                .containsExactly(1);
        assertThat(page.shown().sections().getFirst().section().text())
                .isEqualTo("Le territoire manque de médecins généralistes, surtout au sud.");
        assertThat(page.shown().priorities())
                .extracting(DiagnosticDetails.PriorityView::commune)
                .containsExactly("Étampes");
        assertThat(page.shown().figures().figures()).containsExactly("APL médecins généralistes", "population");
        DiagnosticDetails.FigureRow evry = page.shown().figures().rows().stream()
                .filter(row -> row.commune().equals("Évry-Courcouronnes"))
                .findFirst()
                .orElseThrow();
        assertThat(evry.values()).containsExactly(new BigDecimal("3.100"), new BigDecimal("68761.000"));
        assertThat(evry.priority()).isFalse();
        assertThat(page.shown().figures().sources()).containsExactly("DREES, APL 2023 (apl-2023.csv)");

        byte[] printed = DiagnosticPdf.render(diagnostics.published(council.slug(), 1));
        try (PDDocument pdf = Loader.loadPDF(printed)) {
            String text =
                    new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Diagnostic territorial 2026",
                            "Version 1",
                            NEED,
                            "Étampes",
                            "Aucun médecin généraliste installé.");
            assertThat(text).as("the population, grouped by thousands").containsPattern("68\\D?761");
        }
        assertThat(PdfUaCheck.failures(printed)).as("veraPDF, PDF/UA-1 profile").isEmpty();
        assertThat(PdfUaCheck.structureTypes(printed))
                .startsWith("Document", "H1")
                .contains("H2", "L", "LI", "LBody");
        assertThat(sql.column(
                        "SELECT action FROM audit_entry WHERE council_id = ? AND action LIKE 'diagnostic.%' ORDER BY seq",
                        fixture.councilId()))
                .containsExactly(
                        "diagnostic.open",
                        "diagnostic.build",
                        "diagnostic.section",
                        "diagnostic.priority.flag",
                        "diagnostic.figures.import",
                        "diagnostic.version.adopt",
                        "diagnostic.version.publish");
        refused(
                "diagnostic.exists",
                () -> diagnostics.open(
                        fixture.admin, fixture.councilId(), council.consultation.consultation, "Un autre", ""));
    }

    @Test
    void only_the_council_admin_writes_the_diagnostic_and_a_refused_file_or_call_changes_nothing() throws IOException {
        DiagnosticFixture council = council();
        ProjectFixture fixture = council.project;
        Diagnostic diagnostic = diagnostics.open(
                fixture.admin, fixture.councilId(), council.consultation.consultation, "Diagnostic", "");
        diagnostics.build(fixture.admin, diagnostic.id());
        Actor member = fixture.council.titulars.getFirst().actor();
        Actor moderator = council.consultation.moderator;
        Actor stranger = TestAccounts.actor(new TestAccounts(platform).create("Passante"));
        Path good = csv("insee;population\n" + fixture.commune.inseeCode() + ";100\n");
        String before = state();
        for (Actor actor : List.of(member, moderator, stranger, Actor.ANONYMOUS)) {
            assertThatThrownBy(() -> diagnostics.build(actor, diagnostic.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> diagnostics.writeIntroduction(actor, diagnostic.id(), "Réécrit"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            diagnostics.flagCommune(actor, diagnostic.id(), fixture.commune.inseeCode(), "Parce que"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> diagnostics.importFigures(actor, diagnostic.id(), good, "f.csv", "INSEE"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> diagnostics.publish(actor, diagnostic.id()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(diagnostics.page(actor, council.slug(), null).isEmpty())
                    .as("the draft is the council admin's only")
                    .isTrue();
        }
        assertThat(state()).isEqualTo(before);

        Path bad = csv("codgeo;libgeo;population;APL\n"
                + fixture.commune.inseeCode() + ";Évry;100;2,5\n"
                + "75056;Paris;2100000;4\n"
                + fixture.commune.inseeCode() + ";Évry;100;2,5\n"
                + fixture.otherCommune.inseeCode() + ";Étampes;beaucoup;1\n");
        FigureImport refused = diagnostics.importFigures(fixture.admin, diagnostic.id(), bad, "bad.csv", "INSEE");
        assertThat(refused).isInstanceOf(FigureImport.Rejected.class);
        assertThat(((FigureImport.Rejected) refused).lines())
                .extracting(FigureRowPolicy.Outcome.Rejected::line, FigureRowPolicy.Outcome.Rejected::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "diagnostic.figures.communeUnknown"),
                        org.assertj.core.groups.Tuple.tuple(4L, "diagnostic.figures.communeTwice"),
                        org.assertj.core.groups.Tuple.tuple(5L, "diagnostic.figures.value"));
        refused(
                "diagnostic.figures.noCode",
                () -> diagnostics.importFigures(
                        fixture.admin, diagnostic.id(), csv("commune;population\nÉvry;1\n"), "x.csv", "INSEE"));
        refused(
                "diagnostic.figures.source.required",
                () -> diagnostics.importFigures(fixture.admin, diagnostic.id(), good, "f.csv", " "));
        refused(
                "diagnostic.priority.commune",
                () -> diagnostics.flagCommune(fixture.admin, diagnostic.id(), "75056", "Hors territoire"));
        refused(
                "diagnostic.priority.reason.required",
                () -> diagnostics.flagCommune(fixture.admin, diagnostic.id(), fixture.commune.inseeCode(), " "));
        refused("diagnostic.version.unknown", () -> diagnostics.published(council.slug(), 1));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void a_new_version_starts_from_the_published_one_and_the_actions_answering_a_need_follow_it() {
        DiagnosticFixture council = council();
        ProjectFixture fixture = council.project;
        Diagnostic diagnostic = diagnostics.open(
                fixture.admin, fixture.councilId(), council.consultation.consultation, "Diagnostic", "Première.");
        diagnostics.build(fixture.admin, diagnostic.id());
        diagnostics.flagCommune(fixture.admin, diagnostic.id(), fixture.commune.inseeCode(), "Peu de médecins.");
        diagnostics.adopt(fixture.admin, diagnostic.id(), fixture.adoptedMotion(MotionKind.DELIBERATION));
        diagnostics.publish(fixture.admin, diagnostic.id());
        DiagnosticStore.Need need = diagnostics.publishedNeeds(fixture.councilId()).stream()
                .filter(n -> n.title().equals(NEED))
                .findFirst()
                .orElseThrow();

        ProjectService projects = platform.bean(ProjectService.class);
        HealthProject project = projects.open(fixture.admin, fixture.councilId(), "Projet", "Résumé.");
        Axis axis = projects.addAxis(fixture.admin, project.id(), "Accès aux soins", "");
        ProjectAction action = platform.bean(ActionService.class)
                .create(
                        fixture.admin,
                        axis.id(),
                        new ActionForm(
                                "Consultations du soir",
                                "Texte",
                                fixture.owner.id(),
                                Set.of(),
                                Set.of(),
                                LocalDate.of(2026, 1, 5),
                                LocalDate.of(2027, 6, 30),
                                null));
        assertThatThrownBy(() -> diagnostics.answerNeed(
                        fixture.council.titulars.getFirst().actor(), action.id(), need.reference()))
                .isInstanceOf(AccessDeniedException.class);
        diagnostics.answerNeed(fixture.admin, action.id(), need.reference());
        refused(
                "diagnostic.need.duplicate",
                () -> diagnostics.answerNeed(fixture.admin, action.id(), need.reference()));
        refused("diagnostic.need.unknown", () -> diagnostics.answerNeed(fixture.admin, action.id(), -1));
        assertThat(diagnostics.needsAnsweredBy(action.id()))
                .containsExactly(new DiagnosticStore.AnsweredNeed(need.reference(), NEED));

        diagnostics.newVersion(fixture.admin, diagnostic.id());
        refused("diagnostic.version.open", () -> diagnostics.newVersion(fixture.admin, diagnostic.id()));
        diagnostics.writeIntroduction(fixture.admin, diagnostic.id(), "Deuxième, corrigée.");
        diagnostics.unflagCommune(fixture.admin, diagnostic.id(), fixture.commune.inseeCode());
        diagnostics.build(fixture.admin, diagnostic.id());

        DiagnosticDetails second = diagnostics.page(fixture.admin, council.slug(), null);
        assertThat(second.shown().version().number()).isEqualTo(2);
        assertThat(needs(second))
                .filteredOn(view -> view.need().title().equals(NEED))
                .singleElement()
                .satisfies(view -> {
                    assertThat(view.need().reference())
                            .as("the same need keeps its reference")
                            .isEqualTo(need.reference());
                    assertThat(view.actions())
                            .extracting(DiagnosticDetails.ActionLink::title)
                            .containsExactly("Consultations du soir");
                });
        DiagnosticDetails first = diagnostics.page(Actor.ANONYMOUS, council.slug(), null);
        assertThat(first.shown().version().number())
                .as("the public still reads version 1")
                .isEqualTo(1);
        assertThat(first.shown().version().introduction()).isEqualTo("Première.");
        assertThat(first.shown().priorities()).hasSize(1);
        assertThatThrownBy(() -> diagnostics.page(Actor.ANONYMOUS, council.slug(), 2))
                .isInstanceOf(UserFacingException.class);

        long quoted = needs(first).stream()
                .filter(view -> view.need().title().equals(NEED))
                .findFirst()
                .orElseThrow()
                .need()
                .quoteContributionId();
        platform.bean(ModerationService.class)
                .hide(council.consultation.moderator, quoted, "Propos contraires à la charte");
        assertThat(needs(diagnostics.page(Actor.ANONYMOUS, council.slug(), 1)))
                .filteredOn(view -> view.need().title().equals(NEED))
                .singleElement()
                .satisfies(view -> assertThat(view.quoteShown())
                        .as("a hidden contribution is no longer quoted")
                        .isFalse());
    }

    private static List<DiagnosticDetails.NeedView> needs(DiagnosticDetails page) {
        return page.shown().sections().stream()
                .flatMap(section -> section.needs().stream())
                .toList();
    }

    private void refused(String key, Executable call) {
        String before = state();
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
        assertThat(state()).as("a refusal changes nothing").isEqualTo(before);
    }

    /** Every diagnostic table's content and the audit log's length: equal when nothing changed. */
    private String state() {
        StringBuilder all = new StringBuilder();
        for (String table : List.of(
                "diagnostic",
                "diagnostic_version",
                "diagnostic_section",
                "diagnostic_need",
                "diagnostic_commune_figure",
                "diagnostic_priority_commune",
                "project_action_need")) {
            all.append(sql.column(
                    "SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM " + table + " t"));
        }
        return all.append(sql.count("SELECT count(*) FROM audit_entry")).toString();
    }
}
