package fr.convergences.testing;

import org.openqa.selenium.By;

/** Signs a person in through the real login page, as a user would. */
public final class SignIn {

    private SignIn() {}

    public static void as(Browser browser, TestPlatform platform, String email, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/connexion"));
        browser.find(By.cssSelector("#login-email input")).sendKeys(email);
        browser.find(By.cssSelector("#login-password input")).sendKeys(password);
        browser.click(By.id("login-submit"));
        browser.find(By.id("account-logout"));
        browser.waitUntilIdle();
    }
}
