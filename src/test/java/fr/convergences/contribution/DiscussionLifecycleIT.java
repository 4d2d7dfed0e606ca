package fr.convergences.contribution;

import static fr.convergences.contribution.ModerationTestData.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Actor;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafts exist only for their author; a withdrawn contribution leaves public view and its discussion is closed. */
class DiscussionLifecycleIT {

    private ModerationTestData data;
    private DiscussionService discussions;
    private ModerationService moderation;
    private ContributionRepository contributions;
    private Actor author;
    private Actor neighbour;

    @BeforeEach
    void setUp() {
        data = new ModerationTestData();
        discussions = data.platform.bean(DiscussionService.class);
        moderation = data.platform.bean(ModerationService.class);
        contributions = data.platform.bean(ContributionRepository.class);
        author = data.person("Autrice");
        neighbour = data.person("Voisin");
    }

    @Test
    void a_draft_exists_only_for_its_author() {
        long draft = contributions
                .save(Contribution.create(
                        data.consultation,
                        author.accountId(),
                        ContributionOrigin.ONLINE,
                        null,
                        new ContributionText(ContributionKind.NEED, "Brouillon", "Pas encore publié", null),
                        false,
                        Instant.now()))
                .id();

        assertThat(discussions
                        .discussion(author, draft, Locale.FRENCH)
                        .contribution()
                        .isDraft())
                .isTrue();
        for (Actor other : new Actor[] {neighbour, Actor.ANONYMOUS, data.moderator}) {
            assertThatThrownBy(() -> discussions.discussion(other, draft, Locale.FRENCH))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.unknown"));
        }
        String before = data.everything();
        assertThatThrownBy(() -> discussions.support(neighbour, draft))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.unknown"));
        assertThatThrownBy(() -> discussions.comment(neighbour, draft, null, Stance.FOR, "Oui"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.unknown"));
        assertThatThrownBy(() -> moderation.report(neighbour, draft, "Hors charte"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.unknown"));
        assertThat(data.everything().split(",")).containsExactly(before.split(","));
    }

    @Test
    void
            a_withdrawn_contribution_is_gone_for_the_public_takes_no_new_support_comment_or_report_but_a_support_can_be_taken_back() {
        long withdrawn = data.contribution(author, "Retirée", "Je retire ma proposition.");
        discussions.support(neighbour, withdrawn);
        contributions.update(data.find(withdrawn).withdrawn(Instant.now()));

        assertThatThrownBy(() -> discussions.discussion(Actor.ANONYMOUS, withdrawn, Locale.FRENCH))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.withdrawn.gone"));
        assertThat(discussions
                        .discussion(author, withdrawn, Locale.FRENCH)
                        .contribution()
                        .isWithdrawn())
                .isTrue();
        String before = data.everything();
        Actor other = data.person("Autre");
        assertThatThrownBy(() -> discussions.support(other, withdrawn))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.withdrawn"));
        assertThatThrownBy(() -> discussions.comment(other, withdrawn, null, Stance.AGAINST, "Dommage"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.withdrawn"));
        assertThatThrownBy(() -> moderation.report(other, withdrawn, "Hors charte"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.withdrawn"));
        assertThat(data.everything().split(",")).containsExactly(before.split(","));

        discussions.withdrawSupport(neighbour, withdrawn);

        assertThat(discussions.discussion(author, withdrawn, Locale.FRENCH).supports())
                .isZero();
    }
}
