package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The video link of a sitting lets whoever has it into the meeting: members and those who run the sitting see it, nobody else. */
class SittingVideoLinkIT {

    private static final String LINK = "https://visio.example.org/cts-seance-privee";

    @Test
    void the_video_link_of_a_sitting_is_shown_to_members_and_organisers_only() {
        TestPlatform platform = TestPlatform.shared();
        VotingFixture council = new VotingFixture(platform, 1, 0);
        SittingService sittings = platform.bean(SittingService.class);
        Sitting sitting = sittings.convene(
                council.admin,
                council.council.id(),
                new SittingForm(
                        "Séance en visio",
                        SittingMode.HYBRID,
                        "Évry",
                        LINK,
                        LocalDateTime.now().plusDays(10),
                        5,
                        List.of()));
        Actor resident = TestAccounts.actor(new TestAccounts(platform).create("Simple visiteuse"));

        assertThat(sittings.page(Actor.ANONYMOUS, sitting.id()).sitting().onlineUrl())
                .as("anonymous visitor")
                .isNull();
        assertThat(sittings.page(resident, sitting.id()).sitting().onlineUrl())
                .as("signed-in non-member")
                .isNull();
        assertThat(sittings.page(resident, sitting.id()).sitting().place())
                .as("the rest of the page stays public")
                .isEqualTo("Évry");
        assertThat(sittings.page(council.titulars.getFirst().actor(), sitting.id())
                        .sitting()
                        .onlineUrl())
                .as("member")
                .isEqualTo(LINK);
        assertThat(sittings.page(council.admin, sitting.id()).sitting().onlineUrl())
                .as("council admin")
                .isEqualTo(LINK);
    }
}
