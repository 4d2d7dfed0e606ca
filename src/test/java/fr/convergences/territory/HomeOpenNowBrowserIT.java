package fr.convergences.territory;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.i18n.Messages;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.ConsultationsOpenNow;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.debate.Audience;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateRepository;
import fr.convergences.debate.DebateStatus;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The home page shows what is open now: consultations with their phase and dates, debates with their day and hour in
 * their territory's time zone (here La Réunion, not Paris), each linked, in French and in English.
 */
class HomeOpenNowBrowserIT extends BrowserTest {

    private static final ZoneId REUNION = ZoneId.of("Indian/Reunion");

    @Test
    void the_home_page_lists_what_is_open_now_and_what_is_coming_with_phases_and_dates_in_the_territorys_time() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Territory territory = platform.bean(TerritoryRepository.class)
                .save(new Territory(null, "R" + suffix, "La Réunion " + suffix, REUNION.getId()));
        Council council = platform.bean(CouncilRepository.class)
                .save(new Council(null, territory.id(), "Conseil de La Réunion " + suffix, "cts-re-" + suffix));
        LocalDate today = LocalDate.now(REUNION);
        // Ends today, so that it comes first among the current consultations of the shared platform.
        long open = consultation(
                council.id(), "Santé des jeunes " + suffix, PhaseKind.CONTRIBUTIONS, today.minusDays(3), today);
        long coming = consultation(
                council.id(),
                "Vieillir chez soi " + suffix,
                PhaseKind.INFORMATION,
                today.plusDays(20),
                today.plusDays(40));
        consultation(
                council.id(),
                "Consultation close " + suffix,
                PhaseKind.CONTRIBUTIONS,
                today.minusDays(40),
                today.minusDays(20));
        Instant start = Instant.now().plus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.MINUTES);
        long organiser = new TestAccounts(platform).create("Organisatrice").id();
        long debate = platform.bean(DebateRepository.class)
                .save(new Debate(
                        null,
                        open,
                        council.id(),
                        organiser,
                        null,
                        "Réunion publique " + suffix,
                        "Présentation",
                        start,
                        start.plus(Duration.ofHours(2)),
                        "Salle des fêtes",
                        null,
                        false,
                        false,
                        null,
                        null,
                        30,
                        Audience.OPEN,
                        null,
                        DebateStatus.PUBLISHED,
                        Instant.now(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .id();

        assertThat(platform.bean(ConsultationsOpenNow.class).openNow(100_000))
                .as("a consultation whose phases are over is not open, one whose first phase is ahead is coming")
                .noneMatch(item -> item.title().equals("Consultation close " + suffix))
                .anySatisfy(item -> {
                    assertThat(item.link()).isEqualTo("consultations/" + coming);
                    assertThat(item.current()).isFalse();
                    assertThat(item.startsOn()).isEqualTo(today.plusDays(20));
                    assertThat(item.phaseKey()).isEqualTo("consultation.phase.INFORMATION");
                });

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/"));
        By list = By.id("open-now-list");
        assertThat(browser.text(By.id("open-now-title"))).isEqualTo("Ouvert en ce moment et à venir");
        assertThat(plain(browser.text(list)))
                .contains("Santé des jeunes " + suffix)
                .contains("Consultation · phase « Contributions » en cours jusqu’au "
                        + plain(Messages.day(today, Messages.FRENCH)))
                .contains("Réunion publique " + suffix)
                .contains("Débat · le " + plain(Messages.moment(start.atZone(REUNION), Messages.FRENCH)))
                .contains("heure de La Réunion")
                .contains("Conseil de La Réunion " + suffix)
                .doesNotContain("Consultation close " + suffix);
        assertThat(browser.find(By.linkText("Santé des jeunes " + suffix)).getAttribute("href"))
                .endsWith("/consultations/" + open);
        assertThat(browser.find(By.linkText("Réunion publique " + suffix)).getAttribute("href"))
                .endsWith("/debats/" + debate);
        assertAccessible(browser, "home page with what is open now");

        browser.click(By.id("language-switch"));
        browser.waitForText(By.id("open-now-title"), "Open now and coming").waitUntilIdle();
        assertThat(plain(browser.text(list)))
                .contains("Consultation · “Contributions” phase open until "
                        + plain(Messages.day(today, Messages.ENGLISH)))
                .contains("Debate · " + plain(Messages.moment(start.atZone(REUNION), Messages.ENGLISH)));
        browser.click(By.id("language-switch"));
        browser.waitForText(By.id("open-now-title"), "Ouvert en ce moment et à venir");

        browser.click(By.linkText("Santé des jeunes " + suffix));
        browser.waitForText(By.cssSelector("#main-content h1"), "Santé des jeunes " + suffix);
    }

    /** Selenium folds some no-break spaces and not others: compared with plain spaces on both sides. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static long consultation(long council, String title, PhaseKind kind, LocalDate from, LocalDate to) {
        long id = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, title, "Qu’en pensez-vous ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class).save(new Phase(null, id, kind, from, to));
        return id;
    }
}
