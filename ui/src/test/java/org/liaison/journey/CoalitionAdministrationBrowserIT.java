package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.liaison.LiaisonApplication;
import org.liaison.mail.internal.OutboxDispatcher;
import org.liaison.tenancy.MembershipService;
import org.liaison.testing.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The "done when", in a browser: Liaison started with the {@code prod} profile against an
 * empty database and a real SMTP server. The platform admin from the environment creates a
 * coalition; its first coordinator accepts the mailed invitation and lands on the setup checklist,
 * invites two colleagues with different roles; one accepts and raises a case; the other accepts and
 * is removed while their page is open, and their next click is refused with the reason. No SQL.
 * Two people are signed in at once through two host names (two cookie jars): localhost and 127.0.0.1.
 */
@ActiveProfiles("prod")
@ExtendWith(CoalitionAdministrationBrowserIT.ScreenshotOnFailure.class)
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
        "liaison.database.check-on-start=false",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.process-engine-name=prodjourney",
        "liaison.mail.dispatcher.enabled=false",
        "liaison.mail.from=Liaison <liaison@coalitions.example>",
        "liaison.local-accounts.bcrypt-strength=4",
        "liaison.platform-admin.username=root",
        "liaison.platform-admin.name=Platform Operations",
        "liaison.platform-admin.email=ops@hosting.example",
        "liaison.platform-admin.password=hosting platform passphrase"
    })
class CoalitionAdministrationBrowserIT {

  static final TestDatabase DB = TestDatabase.create("prodjourney");
  static final int PORT = freePort();
  static final int SMTP_PORT = freePort();
  static final String PASSWORD = "a passphrase of our own";
  static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/invitation/[a-z0-9-]+/[A-Za-z0-9_-]{43})");

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void emptyDatabaseSmtpAndAddress(DynamicPropertyRegistry registry) {
    DB.springProperties().forEach(registry::add);
    registry.add("server.port", () -> PORT);
    registry.add("liaison.public-url", () -> "http://localhost:" + PORT);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  static Browser browser;

  @Autowired OutboxDispatcher outbox;
  @Autowired MembershipService memberships;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void from_an_empty_prod_to_a_coalition_that_runs_itself_without_sql() {
    browser = new Browser("http://localhost:" + PORT);
    Browser b = browser;
    String platformWindow = b.driver.getWindowHandle();

    // the platform admin from the environment: no coalition, so the platform page
    b.open("/login");
    b.visible(By.cssSelector("#vaadinLoginUsername input")).sendKeys("root");
    b.visible(By.cssSelector("#vaadinLoginPassword input")).sendKeys("hosting platform passphrase", org.openqa.selenium.Keys.ENTER);
    b.visible(By.id("platform"));
    b.click(By.id("new-coalition"));
    b.type("coalition-name", "Freedom of Association Network");
    b.type("coalition-id", "Association Network");
    b.type("coalition-prefix", "fan");
    b.type("coalition-coordinator", "chair@fan.example");
    b.click(By.id("create-coalition"));
    b.expectError("coalition-id", "Use 2 to 40 lower-case letters, digits or '-', starting with a letter or digit (e.g. press-freedom).");
    b.type("coalition-id", "fan");
    b.click(By.id("create-coalition"));
    b.waitForText(By.id("coalitions-grid"), "Freedom of Association Network");
    b.screenshot("platform-coalition-created");
    assertThat(b.text(By.id("coalitions-grid"))).contains("fan").contains("FAN").contains("active");

    // the first coordinator accepts the mailed invitation and lands on the setup checklist
    String chairLink = mailedLink("chair@fan.example");
    b.click(By.id("sign-out"));
    b.visible(By.cssSelector("#vaadinLoginUsername"));
    b.open(chairLink);
    b.visible(By.id("invitation-text"));
    assertThat(b.text(By.id("invitation-text"))).contains("coordinator").contains("chair@fan.example");
    b.type("account-name", "Chandra Okafor");
    b.type("account-username", "chair");
    b.type("account-password", "password1234");
    b.type("account-password-repeat", "password1234");
    b.click(By.id("create-account"));
    b.expectError("account-password", "This password is one of the most commonly used ones: choose another.");
    b.screenshot("invitation-weak-password");
    b.type("account-password", PASSWORD);
    b.type("account-password-repeat", PASSWORD);
    b.click(By.id("create-account"));
    b.visible(By.id("setup"));
    assertThat(b.driver.findElements(By.cssSelector("#setup-items li[data-done='false']"))).hasSize(5);
    b.screenshot("setup-checklist");

    // a new coalition has no member organisations: starting the HRR calendar says it calls nobody
    b.open("/hrr");
    b.click(By.id("start-hrr-calendar"));
    assertThat(b.text(By.id("hrr-start-nobody"))).contains("starting now calls nobody");
    b.choose("hrr-country", "Kenya");
    b.click(By.id("save-hrr-calendar"));
    b.waitForText(By.cssSelector("vaadin-notification-card"), "no member organisation is recorded, so nobody was called");
    b.screenshot("hrr-started-nobody-called");

    // two colleagues with different roles
    b.open("/members");
    b.type("invite-email", "ana@fan.example");
    b.click(By.id("send-invitation"));
    b.waitForText(By.id("invitations-grid"), "ana@fan.example");
    b.type("invite-email", "ben@fan.example");
    b.check("invite-roles", "security focal point");
    b.click(By.id("send-invitation"));
    b.waitForText(By.id("invitations-grid"), "ben@fan.example");
    b.screenshot("members-two-invited");
    String anaLink = mailedLink("ana@fan.example");
    String benLink = mailedLink("ben@fan.example");

    // in a second cookie jar (another host name): ana accepts and raises a case
    b.driver.switchTo().newWindow(WindowType.TAB);
    String colleagueWindow = b.driver.getWindowHandle();
    b.driver.get("http://127.0.0.1:" + PORT + anaLink);
    b.type("account-name", "Ana Ruiz");
    b.type("account-username", "ana");
    b.type("account-password", PASSWORD);
    b.type("account-password-repeat", PASSWORD);
    b.click(By.id("create-account"));
    b.visible(By.id("inbox"));
    b.driver.get("http://127.0.0.1:" + PORT + "/cases/new");
    b.type("case-title", "Union organisers arrested at a textile plant");
    b.type("case-summary", "Four organisers were arrested the day after the union was registered.");
    b.check("case-themes", "Freedom of assembly");
    b.check("case-severity", "High");
    b.choose("case-country", "Kenya");
    b.click(By.id("submit-case"));
    b.waitForText(By.id("case-status"), "In triage");
    assertThat(b.driver.getCurrentUrl()).matches(".*/cases/FAN-\\d{4}-0001");
    b.screenshot("member-raised-a-case");
    b.click(By.id("sign-out"));

    // ben accepts and keeps his page open
    b.visible(By.cssSelector("#vaadinLoginUsername"));
    b.driver.get("http://127.0.0.1:" + PORT + benLink);
    b.type("account-name", "Ben Adeyemi");
    b.type("account-username", "ben");
    b.type("account-password", PASSWORD);
    b.type("account-password-repeat", PASSWORD);
    b.click(By.id("create-account"));
    b.visible(By.id("inbox"));
    assertThat(b.text(By.id("current-user"))).startsWith("ben").contains("security focal point");

    // the coordinator removes ben
    b.driver.switchTo().window(platformWindow);
    b.open("/members");
    b.waitForText(By.id("members-grid"), "Ben Adeyemi");
    b.click(By.id("remove-ben"));
    b.visible(By.id("confirm-remove"));
    b.click(By.id("confirm-remove"));
    b.gone(By.id("confirm-remove"));
    b.waitForText(By.id("audit-grid"), "removed");
    b.screenshot("members-ben-removed");
    assertThat(memberships.membershipsOf("ben")).isEmpty();

    // ben's next click is refused, and he is told why
    b.driver.switchTo().window(colleagueWindow);
    // an open inbox asks the server every 1.5 s (live inbox), so its next request may already have been
    // refused and the page be telling him; otherwise his next click is refused
    if (b.driver.findElements(By.id("access-changed")).isEmpty()) {
      try {
        b.driver.findElement(By.cssSelector("vaadin-side-nav-item[path='cases']")).click(); // a real click: shadow DOM link
      } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException
          | org.openqa.selenium.ElementNotInteractableException refusedMeanwhile) {
        // the poll was refused between the look and the click: the page tells him already
      }
    }
    b.visible(By.id("access-changed"));
    assertThat(b.text(By.id("access-changed-text")))
        .startsWith("chair removed you from Freedom of Association Network");
    b.screenshot("removed-member-refused");
    b.click(By.id("access-changed-continue"));
    b.visible(By.id("no-coalition"));

    // the coalition has three people and the case; the platform admin still sees only counts
    assertThat(memberships.membershipsOf("ana")).singleElement().satisfies(m -> assertThat(m.coalition().id()).isEqualTo("fan"));
    assertThat(memberships.membershipsOf("chair")).singleElement().satisfies(m -> assertThat(m.coalition().id()).isEqualTo("fan"));
  }

  /** Saves what the browser showed when the journey failed. */
  static class ScreenshotOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
      }
    }
  }

  /** Sends what the outbox holds and returns the path of the newest invitation link mailed to {@code to}. */
  String mailedLink(String to) {
    outbox.dispatchOnce();
    MimeMessage[] received = smtp.getReceivedMessages();
    String path = null;
    for (MimeMessage m : Arrays.asList(received)) {
      if (Arrays.toString(unchecked(() -> m.getAllRecipients())).contains(to)) {
        Matcher link = LINK.matcher(unchecked(() -> {
          try {
            return String.valueOf(m.getContent());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
        if (link.find()) {
          path = link.group(1);
        }
      }
    }
    assertThat(path).as("an invitation link mailed to %s", to).isNotNull();
    return path;
  }

  interface MailCall<T> {
    T get() throws jakarta.mail.MessagingException;
  }

  static <T> T unchecked(MailCall<T> call) {
    try {
      return call.get();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
