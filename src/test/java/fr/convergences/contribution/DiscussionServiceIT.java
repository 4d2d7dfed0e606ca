package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.contribution.discussion.Discussion;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscussionServiceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final DiscussionService discussions = platform.bean(DiscussionService.class);
    private Actor author;
    private Actor neighbour;
    private long contribution;

    @BeforeEach
    void oneContribution() {
        long council = new TestCouncils(platform).create().id();
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "C", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(9)));
        author = TestAccounts.actor(new TestAccounts(platform).create("Autrice"));
        neighbour = TestAccounts.actor(new TestAccounts(platform).create("Voisin"));
        contribution = platform.bean(ContributionService.class)
                .submit(
                        author,
                        consultation,
                        new ContributionForm(
                                ContributionKind.PROPOSAL,
                                "Un bus vers l’hôpital",
                                "La ligne 402 ne dessert plus l’hôpital.",
                                Set.of(),
                                null))
                .id();
    }

    private static String key(Throwable refusal) {
        return ((UserFacingException) refusal).messageKey();
    }

    @Test
    void a_support_counts_once_can_be_withdrawn_and_not_be_given_to_oneself() {
        discussions.support(neighbour, contribution);
        assertThatThrownBy(() -> discussions.support(neighbour, contribution))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.support.twice"));
        assertThatThrownBy(() -> discussions.support(author, contribution))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.support.own"));
        assertThat(discussions
                        .discussion(neighbour, contribution, Locale.FRENCH)
                        .supports())
                .isEqualTo(1);
        assertThat(discussions
                        .discussion(neighbour, contribution, Locale.FRENCH)
                        .supportedByViewer())
                .isTrue();

        discussions.withdrawSupport(neighbour, contribution);

        assertThat(discussions
                        .discussion(neighbour, contribution, Locale.FRENCH)
                        .supports())
                .isZero();
    }

    @Test
    void comments_thread_one_level_and_count_by_stance() {
        Comment first = discussions.comment(neighbour, contribution, null, Stance.FOR, "Oui, et le samedi aussi.");
        Comment reply = discussions.comment(author, contribution, first.id(), Stance.NEUTRAL, "Merci, je l’ajoute.");
        discussions.comment(neighbour, contribution, null, Stance.AGAINST, "Le coût serait trop élevé.");

        assertThatThrownBy(() ->
                        discussions.comment(neighbour, contribution, reply.id(), Stance.FOR, "Réponse à une réponse"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.comment.parent"));
        assertThatThrownBy(() -> discussions.comment(neighbour, contribution, null, Stance.FOR, "  "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.comment.body"));

        Discussion discussion = discussions.discussion(Actor.ANONYMOUS, contribution, Locale.FRENCH);
        assertThat(discussion.threads()).hasSize(2);
        assertThat(discussion.threads().getFirst().replies())
                .extracting(r -> r.comment().body())
                .containsExactly("Merci, je l’ajoute.");
        assertThat(discussion.stanceCounts())
                .containsEntry(Stance.FOR, 1L)
                .containsEntry(Stance.AGAINST, 1L)
                .containsEntry(Stance.NEUTRAL, 1L);
        assertThat(discussion.authorName()).isEqualTo("Autrice");
    }
}
