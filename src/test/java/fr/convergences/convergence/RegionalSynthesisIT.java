package fr.convergences.convergence;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccessDeniedException;
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
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A regional synthesis over two councils' consultations: one document, themes merged by name, each quote with its council. */
class RegionalSynthesisIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);
    private final RegionalSynthesisService regional = platform.bean(RegionalSynthesisService.class);

    /** A council whose doctors' convergence is confirmed under the same name as in the other council. */
    private ConvergenceFixture confirmed(Council council) {
        ConvergenceFixture fixture = new ConvergenceFixture(platform, council.id());
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors = convergences.list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(member -> member.contributionId() == fixture.doctors.getFirst()))
                .findFirst().orElseThrow().convergence().id();
        convergences.rename(fixture.moderator, doctors, "Des médecins près de chez soi");
        convergences.confirm(fixture.moderator, doctors);
        return fixture;
    }

    @Test
    void a_regional_editor_reads_two_councils_consultations_as_one_document_each_quote_with_its_council() {
        Council essonne = new TestCouncils(platform).create();
        Council yvelines = new TestCouncils(platform).create();
        ConvergenceFixture first = confirmed(essonne);
        ConvergenceFixture second = confirmed(yvelines);
        TestAccounts accounts = new TestAccounts(platform);
        Account regionalAccount = accounts.create("Chargée de mission régionale");
        CouncilRoleRepository roles = platform.bean(CouncilRoleRepository.class);
        roles.save(new CouncilRoleGrant(null, regionalAccount.id(), essonne.id(), CouncilRole.MODERATOR));
        roles.save(new CouncilRoleGrant(null, regionalAccount.id(), yvelines.id(), CouncilRole.MODERATOR));
        Actor editor = TestAccounts.actor(regionalAccount);
        List<Long> both = List.of(first.consultation, second.consultation);

        assertThatThrownBy(() -> regional.preview(first.moderator, both, "Synthèse régionale", "", Locale.FRENCH))
                .as("a moderator of one council only").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regional.preview(Actor.ANONYMOUS, both, "Synthèse régionale", "", Locale.FRENCH))
                .isInstanceOf(AccessDeniedException.class);
        Actor platformAdmin = TestAccounts.actor(accounts.createPlatformAdmin("Administratrice"));
        assertThatThrownBy(() -> regional.preview(platformAdmin, List.of(first.consultation), "Synthèse régionale", "", Locale.FRENCH))
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("synthesis.regional.fewCouncils"));
        assertThat(regional.choices(editor)).extracting(RegionalSynthesisService.Choice::consultationId).containsAll(both);
        assertThat(regional.choices(first.moderator)).extracting(RegionalSynthesisService.Choice::consultationId)
                .contains(first.consultation).doesNotContain(second.consultation);

        SynthesisDocument document = regional.preview(editor, both, "Synthèse régionale des besoins de santé", "Deux conseils.", Locale.FRENCH);

        assertThat(document.title()).isEqualTo("Synthèse régionale des besoins de santé");
        assertThat(document.council()).contains(essonne.name(), yvelines.name());
        List<SynthesisDocument.Group> groups = document.themes().stream().flatMap(section -> section.convergences().stream()).toList();
        assertThat(groups).extracting(SynthesisDocument.Group::label).containsExactly("Des médecins près de chez soi", "Des médecins près de chez soi");
        assertThat(document.themes().stream().filter(section -> !section.convergences().isEmpty())).as("one theme of the same name").hasSize(1);
        assertThat(groups.get(0).quotes()).isNotEmpty().allSatisfy(quote -> assertThat(quote.source()).endsWith(" — " + essonne.name()));
        assertThat(groups.get(1).quotes()).isNotEmpty().allSatisfy(quote -> assertThat(quote.source()).endsWith(" — " + yvelines.name()));
        long contributions = new TestSql(platform).count("SELECT count(*) FROM contribution WHERE consultation_id IN (?, ?) AND status = 'PUBLISHED'"
                + " AND NOT hidden", first.consultation, second.consultation);
        assertThat(document.figures().contributions()).isEqualTo(contributions);
        String markdown = platform.bean(SynthesisDocumentMarkdown.class).render(document, Locale.FRENCH);
        assertThat(markdown).contains("# Synthèse régionale des besoins de santé", essonne.name(), yvelines.name());
    }
}
