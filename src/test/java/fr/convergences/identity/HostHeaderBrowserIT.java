package fr.convergences.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.web.PublicUrl;
import fr.convergences.testing.Browser;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Password-reset poisoning (security finding 1): a person who reaches the platform under a host name of their
 * choosing (here Chromium resolves {@code attacker.example} to the platform) must not get that name into the
 * link mailed to the account's owner.
 */
class HostHeaderBrowserIT {

    private static final String FORGED_HOST = "attacker.example";

    @Test
    void a_reset_asked_under_a_forged_host_mails_a_link_to_the_configured_address() {
        TestPlatform platform = TestPlatform.shared();
        Account victim = new TestAccounts(platform).create("Victime");
        int port = platform.uri("/").getPort();
        try (Browser attacker = new Browser("--host-resolver-rules=MAP " + FORGED_HOST + " 127.0.0.1")) {
            attacker.open(java.net.URI.create("http://" + FORGED_HOST + ":" + port + "/mot-de-passe-oublie"));
            attacker.find(By.cssSelector("#forgotten-email input")).sendKeys(victim.email());
            attacker.click(By.id("forgotten-submit"));
            attacker.find(By.id("forgotten-status"));
        }
        String link = platform.mailbox().latestLinkTo(victim.email());
        assertThat(link)
                .startsWith(platform.bean(PublicUrl.class).base() + "/nouveau-mot-de-passe?jeton=")
                .startsWith(platform.uri("/").toString())
                .doesNotContain(FORGED_HOST);
    }
}
