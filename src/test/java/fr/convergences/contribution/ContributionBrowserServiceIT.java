package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public list: sorted, filtered and paged in the database; drafts and hidden contributions never listed. */
class ContributionBrowserServiceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ContributionService contributions = platform.bean(ContributionService.class);
    private final ContributionListStore browser = platform.bean(ContributionListStore.class);
    private Actor admin;
    private long consultation;
    private long theme;

    @BeforeEach
    void consultation() {
        long council = new TestCouncils(platform).create().id();
        Account account = new TestAccounts(platform).create("Admin");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, account.id(), council, CouncilRole.COUNCIL_ADMIN));
        admin = TestAccounts.actor(account);
        ConsultationService consultations = platform.bean(ConsultationService.class);
        consultation = consultations
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                "Diagnostic",
                                "Vos besoins ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(30)))))
                .id();
        theme = consultations.details(consultation).themes().get(2).id();
    }

    private ContributionQuery query(
            ContributionQuery.Sort sort, Long themeId, ContributionKind kind, boolean unanswered, int page) {
        return new ContributionQuery(consultation, sort, themeId, kind, null, unanswered, null, null, page);
    }

    @Test
    void the_list_is_sorted_filtered_and_paged() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Actor author = TestAccounts.actor(new TestAccounts(platform).create("Auteur " + i));
            ids.add(contributions
                    .submit(
                            author,
                            consultation,
                            new ContributionForm(
                                    i % 5 == 0 ? ContributionKind.NEED : ContributionKind.PROPOSAL,
                                    "Contribution " + i,
                                    "Texte " + i,
                                    i < 3 ? Set.of(theme) : Set.of(),
                                    null))
                    .id());
        }
        DiscussionService discussions = platform.bean(DiscussionService.class);
        for (int i = 0; i < 3; i++) {
            discussions.support(TestAccounts.actor(new TestAccounts(platform).create("Soutien " + i)), ids.get(7));
        }
        discussions.support(TestAccounts.actor(new TestAccounts(platform).create("Soutien")), ids.get(12));
        platform.bean(AnswerService.class).answer(admin, ids.get(0), AnswerStatus.UNDER_STUDY, "À l’étude.");
        Actor drafter = TestAccounts.actor(new TestAccounts(platform).create("Brouillon"));
        contributions.saveDraft(
                drafter,
                consultation,
                new ContributionForm(ContributionKind.NEED, "Brouillon", "Jamais listé", Set.of(), null));

        ContributionSlice first = browser.browse(query(ContributionQuery.Sort.NEWEST, null, null, false, 1));
        ContributionSlice second = browser.browse(query(ContributionQuery.Sort.NEWEST, null, null, false, 2));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.items())
                .hasSize(20)
                .first()
                .satisfies(item -> assertThat(item.id()).isEqualTo(ids.get(24)));
        assertThat(second.items())
                .hasSize(5)
                .last()
                .satisfies(item -> assertThat(item.id()).isEqualTo(ids.get(0)));
        ContributionSlice beyond = browser.browse(query(ContributionQuery.Sort.NEWEST, null, null, false, 99));
        assertThat(beyond.page()).as("a page past the end shows the last one").isEqualTo(2);
        assertThat(beyond.items()).isEqualTo(second.items());

        assertThat(browser.browse(query(ContributionQuery.Sort.MOST_SUPPORTED, null, null, false, 1))
                        .items())
                .extracting(ContributionSummary::id)
                .startsWith(ids.get(7), ids.get(12));
        assertThat(browser.browse(query(ContributionQuery.Sort.NEWEST, theme, null, false, 1))
                        .items())
                .extracting(ContributionSummary::id)
                .containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(browser.browse(query(ContributionQuery.Sort.NEWEST, null, ContributionKind.NEED, false, 1))
                        .total())
                .isEqualTo(5);
        assertThat(browser.browse(query(ContributionQuery.Sort.NEWEST, null, null, true, 1))
                        .total())
                .isEqualTo(24);
        assertThat(browser.browse(new ContributionQuery(
                                consultation,
                                ContributionQuery.Sort.NEWEST,
                                null,
                                null,
                                AnswerStatus.UNDER_STUDY,
                                false,
                                null,
                                null,
                                1))
                        .items())
                .extracting(ContributionSummary::answer)
                .containsExactly(AnswerStatus.UNDER_STUDY);
        assertThat(browser.countByOrigin(consultation)).containsEntry(ContributionOrigin.ONLINE, 25L);
    }
}
