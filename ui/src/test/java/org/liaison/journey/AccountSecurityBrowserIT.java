package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.accounts.SignInThrottle;
import org.liaison.api.Api;
import org.openqa.selenium.By;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebElement;

/**
 * A person's own security: guessing a password on the sign-in form (after five wrong ones, even the
 * right one waits) and personal API tokens (created for one coalition, shown once, revoked).
 */
class AccountSecurityBrowserIT extends BrowserIT {

  @AfterEach
  void forgetFailures() throws SQLException {
    try (Connection c = DriverManager.getConnection(database().url(), database().username(), database().password())) {
      c.createStatement().executeUpdate("delete from app.sign_in_throttle");
    }
  }

  @Test
  void five_wrong_passwords_pause_sign_in_and_the_form_says_for_how_long() throws SQLException {
    forgetFailures();
    Browser b = browser();
    for (int i = 1; i <= SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
      attempt(b, "cora", "not-her-password-" + i);
      assertThat(shownError(b)).as("attempt %d", i).startsWith("Wrong user name or password");
    }
    attempt(b, "cora", PASSWORD);
    assertThat(shownError(b)).startsWith("Sign-in paused").contains("Try again in 1 minute(s)");
    assertThat(b.driver.findElements(By.id("inbox"))).as("not signed in").isEmpty();
    b.screenshot("sign-in-paused");
  }

  @Test
  void a_person_creates_an_api_token_for_one_coalition_uses_it_and_revokes_it() {
    Browser b = signedIn("sam", "/account");
    b.visible(By.id("api-tokens"));
    b.click(By.id("create-token"));
    b.expectError("token-name", "Name the token after what uses it, e.g. \"Monthly export\".");
    b.type("token-name", "Monthly export");
    b.click(By.id("token-coalition"));
    b.click(By.xpath("//vaadin-select-item[@role='option'][normalize-space()='Labor Rights Alliance']"));
    b.click(By.id("create-token"));
    WebElement secretField = b.visible(By.cssSelector("#token-secret textarea"));
    String secret = secretField.getAttribute("value");
    assertThat(secret).startsWith("lia_labor.");
    b.screenshot("api-token-shown-once");
    b.click(By.id("token-done"));

    Api api = new Api(port);
    assertThat(api.get("/api/cases", "Bearer " + secret, null).getStatusCode().value()).isEqualTo(200);
    assertThat(api.get("/api/cases", "Bearer " + secret, "press").getStatusCode().value())
        .as("the token works in its coalition only").isEqualTo(403);
    b.open("/account");
    b.waitForText(By.id("token-list"), "Monthly export");
    b.click(By.cssSelector("vaadin-button[data-token='Monthly export']"));
    b.waitForText(By.cssSelector("vaadin-notification-card"), "is revoked");
    b.waitForText(By.id("token-list"), "Revoked");
    assertThat(api.get("/api/cases", "Bearer " + secret, null).getStatusCode().value()).isEqualTo(401);
    b.screenshot("api-token-revoked");
  }

  /** The error the form shows (its title and message), once it shows one. */
  private static String shownError(Browser b) {
    JavascriptExecutor js = (JavascriptExecutor) b.driver;
    new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
        js.executeScript("const f = document.querySelector('vaadin-login-form'); return !!(f && f.error && f.i18n);")));
    return String.valueOf(js.executeScript("const m = document.querySelector('vaadin-login-form').i18n.errorMessage;"
        + " return m.title + ': ' + m.message;"));
  }

  private static void attempt(Browser b, String username, String password) {
    b.driver.manage().deleteAllCookies();
    b.open("/login");
    WebElement user = b.visible(By.cssSelector("#vaadinLoginUsername input"));
    user.sendKeys(username);
    b.visible(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    b.visible(By.cssSelector("vaadin-login-form"));
  }
}
