package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hidden, withdrawn and redacted contributions in convergences, their counts and the synthesis, at once. */
class ConvergenceLifecycleIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);
    private final ModerationService moderation = platform.bean(ModerationService.class);
    private ConvergenceFixture fixture;
    private long doctors;

    @BeforeEach
    void confirmedConvergence() {
        fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        convergences.compute(fixture.moderator, fixture.consultation);
        doctors = publicView(fixture.moderator, fixture.doctors.getFirst())
                .convergence()
                .id();
        convergences.rename(fixture.moderator, doctors, "Des médecins près de chez soi");
        convergences.confirm(fixture.moderator, doctors);
    }

    private ConvergenceService.ConvergenceView publicView(Actor viewer, long member) {
        return convergences.list(viewer, fixture.consultation, SynthesisService.QUOTES).stream()
                .filter(view -> view.members().stream().anyMatch(m -> m.contributionId() == member))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no convergence holds " + member));
    }

    private ConvergenceService.ConvergenceView doctorsView() {
        return convergences.list(Actor.ANONYMOUS, fixture.consultation, SynthesisService.QUOTES).stream()
                .filter(view -> view.convergence().id() == doctors)
                .findFirst()
                .orElseThrow();
    }

    private String markdown() {
        return platform.bean(SynthesisMarkdown.class)
                .render(
                        platform.bean(SynthesisService.class).synthesis(fixture.consultation, Locale.FRENCH),
                        Locale.FRENCH);
    }

    private String pdfText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        platform.bean(SynthesisPdf.class)
                .render(
                        platform.bean(SynthesisService.class).synthesis(fixture.consultation, Locale.FRENCH),
                        Locale.FRENCH,
                        out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void a_hidden_member_leaves_the_public_convergence_its_counts_and_the_synthesis_and_comes_back_when_restored()
            throws Exception {
        ConvergenceService.ConvergenceView before = doctorsView();
        long quoted = before.quotes().getFirst().contributionId();
        String text = before.quotes().getFirst().body();
        int voices = before.voices().distinct();
        long publicContributions = platform.bean(SynthesisService.class)
                .synthesis(fixture.consultation, Locale.FRENCH)
                .contributions();
        assertThat(markdown()).contains("« " + text + " »", voices + " voix distinctes");

        moderation.hide(fixture.moderator, quoted, "Propos contraires à la charte");

        ConvergenceService.ConvergenceView hidden = doctorsView();
        assertThat(hidden.members())
                .extracting(ConvergenceStore.Member::contributionId)
                .doesNotContain(quoted);
        assertThat(hidden.quotes())
                .extracting(ConvergenceStore.Quote::contributionId)
                .doesNotContain(quoted);
        assertThat(hidden.voices().distinct()).isEqualTo(voices - 1);
        assertThat(markdown()).doesNotContain(text).contains((voices - 1) + " voix distinctes");
        assertThat(pdfText()).doesNotContain(text).contains((voices - 1) + " voix distinctes");
        assertThat(platform.bean(SynthesisService.class)
                        .synthesis(fixture.consultation, Locale.FRENCH)
                        .contributions())
                .isEqualTo(publicContributions - 1);

        moderation.restore(fixture.moderator, quoted, "Reformulée par son autrice");

        ConvergenceService.ConvergenceView restored = doctorsView();
        assertThat(restored.members())
                .extracting(ConvergenceStore.Member::contributionId)
                .contains(quoted);
        assertThat(restored.voices().distinct()).isEqualTo(voices);
        assertThat(markdown()).contains("« " + text + " »", voices + " voix distinctes");
    }

    @Test
    void a_withdrawn_member_leaves_the_convergence_and_a_redacted_one_is_quoted_redacted() {
        long withdrawn = fixture.doctors.get(1);
        platform.bean(ContributionService.class).withdraw(fixture.doctorAuthors.get(1), withdrawn);
        assertThat(doctorsView().members())
                .extracting(ConvergenceStore.Member::contributionId)
                .doesNotContain(withdrawn);

        long redacted = doctorsView().quotes().getFirst().contributionId();
        String original = doctorsView().quotes().getFirst().body();
        moderation.redact(fixture.moderator, redacted, "généralistes", "Donnée de santé identifiante");

        ConvergenceStore.Quote quote = doctorsView().quotes().getFirst();
        assertThat(quote.contributionId()).isEqualTo(redacted);
        assertThat(quote.body()).contains("[…]").doesNotContain("généralistes");
        assertThat(markdown())
                .contains("« " + SynthesisMarkdown.escape(quote.body()) + " »")
                .doesNotContain("« " + original + " »");
    }

    @Test
    void a_convergence_left_with_a_single_voice_is_no_longer_shown_to_the_public_but_moderators_still_see_it() {
        long elderly = publicView(fixture.moderator, fixture.elderly.getFirst())
                .convergence()
                .id();
        convergences.confirm(fixture.moderator, elderly);
        List<Long> members = publicView(fixture.moderator, fixture.elderly.getFirst()).members().stream()
                .map(ConvergenceStore.Member::contributionId)
                .toList();
        assertThat(convergences.list(Actor.ANONYMOUS, fixture.consultation, 3))
                .extracting(view -> view.convergence().id())
                .contains(elderly);

        members.subList(1, members.size()).forEach(member -> moderation.hide(fixture.moderator, member, "Hors sujet"));

        assertThat(convergences.list(Actor.ANONYMOUS, fixture.consultation, 3))
                .extracting(view -> view.convergence().id())
                .doesNotContain(elderly);
        assertThat(convergences.list(fixture.moderator, fixture.consultation, 3))
                .extracting(view -> view.convergence().id())
                .contains(elderly);
    }
}
