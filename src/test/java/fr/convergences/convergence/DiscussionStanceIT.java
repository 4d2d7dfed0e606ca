package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.Stance;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Comments' stances in divergence detection, on real proposals (Make.org, "Le monde d'après" 2020, CC0, rows 16782,
 * 9496, 13946 and 17639 of the shipped corpus): for and against nuclear power, none of them saying "contre" or "il ne
 * faut pas". Their words alone make one convergence; the discussion, where the authors of the last two commented
 * against the first and for the third, makes it a divergence with each side quoted.
 */
class DiscussionStanceIT {

    static final List<String> NUCLEAR = List.of(
            "Il faut supprimer le nucléaire",
            "Il faut sortir du nucléaire progressivement",
            "Il faut préserver le nucléaire tant que les énergies ne sont pas économiquement viables",
            "Il faut maintenir notre indépendance énergétique grâce au nucléaire.");

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void authors_commenting_against_another_member_of_their_group_turn_a_convergence_into_a_divergence() {
        ConvergenceFixture fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        TestAccounts accounts = new TestAccounts(platform);
        List<Actor> authors = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (String text : NUCLEAR) {
            authors.add(TestAccounts.actor(accounts.create("Habitant")));
            ids.add(platform.bean(ContributionService.class)
                    .submit(
                            authors.getLast(),
                            fixture.consultation,
                            new ContributionForm(ContributionKind.PROPOSAL, text, text, Set.of(), null))
                    .id());
        }
        // The group as moderators would have confirmed it (the engine is not what is tested here).
        new TestConvergences(platform)
                .of(fixture.consultation)
                .engineKey("nucleaire")
                .label("Le nucléaire")
                .terms("nucléaire")
                .score(0.5)
                .members(ids)
                .create();
        SynthesisDocumentService documents = platform.bean(SynthesisDocumentService.class);

        SynthesisDocument before = documents.preview(fixture.moderator, fixture.consultation, Locale.FRENCH);
        assertThat(divergences(before)).as("the words alone").isEmpty();
        assertThat(before.themes().stream().flatMap(section -> section.convergences().stream()))
                .extracting(SynthesisDocument.Group::label)
                .contains("Le nucléaire");

        DiscussionService discussion = platform.bean(DiscussionService.class);
        discussion.comment(
                authors.get(2), ids.get(0), null, Stance.AGAINST, "Sans le nucléaire, nous brûlerons du charbon.");
        discussion.comment(authors.get(3), ids.get(2), null, Stance.FOR, "Oui, gardons nos centrales.");
        discussion.comment(authors.get(1), ids.get(0), null, Stance.NEUTRAL, "À quelle échéance ?");

        SynthesisDocument after = documents.preview(fixture.moderator, fixture.consultation, Locale.FRENCH);
        List<SynthesisDocument.Divided> divided = divergences(after);
        assertThat(divided).extracting(SynthesisDocument.Divided::label).containsExactly("Le nucléaire");
        assertThat(divided.getFirst().inFavour())
                .extracting(SynthesisDocument.Quote::contribution)
                .containsExactly(ids.get(0), ids.get(1));
        assertThat(divided.getFirst().against())
                .extracting(SynthesisDocument.Quote::contribution)
                .containsExactly(ids.get(2), ids.get(3));
        assertThat(after.themes().stream().flatMap(section -> section.convergences().stream()))
                .extracting(SynthesisDocument.Group::label)
                .doesNotContain("Le nucléaire");
    }

    private static List<SynthesisDocument.Divided> divergences(SynthesisDocument document) {
        return document.themes().stream()
                .flatMap(section -> section.divergences().stream())
                .toList();
    }
}
