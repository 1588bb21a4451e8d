package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.EngagementKind;
import org.liaison.officers.EngagementService;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewEngagement;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real Chromium, what issue 9 promises a newcomer: find a case by a word of its summary, correct
 * it (and be told, with nothing lost, when someone saved it meanwhile), attach a document (and see a
 * disguised one refused), hand an officer over to a successor and log a contact with the successor.
 * One journey, one browser, two sign-ins. Screenshots go to ui/target/screenshots.
 */
class RecordsJourneyBrowserIT extends BrowserIT {

  @Autowired MembershipService memberships;
  @Autowired CaseService cases;
  @Autowired ContactService contacts;
  @Autowired EngagementService engagements;

  @Test
  void a_newcomer_finds_corrects_documents_a_case_and_hands_an_officer_over() throws Exception {
    Actor milo = memberships.actorFor("milo", "press");
    Actor cora = memberships.actorFor("cora", "press");
    String word = randomWord();
    CaseDetails raised = TenantContext.callAs(milo, () -> cases.raise(new NewCase("Radio station shut down",
        "The regulator shut a community radio station after it aired a " + word + " debate.", "KE",
        Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.MEDIUM)));
    String reference = raised.reference();
    Officer leaver = TenantContext.callAs(cora, () -> {
      Embassy eldoret = contacts.addEmbassy(new NewEmbassy("KE", "Eldoret " + word, null));
      return contacts.addOfficer(new NewOfficer(eldoret.id(), "Grace Leaver " + word, "Human rights officer",
          Portfolio.HUMAN_RIGHTS, "grace@embassy.example", "P45D"));
    });
    Officer successor = TenantContext.callAs(cora, () -> contacts.addOfficer(new NewOfficer(leaver.embassyId(),
        "Omar Successor " + word, null, Portfolio.HUMAN_RIGHTS, "omar@embassy.example", null)));
    TenantContext.runAs(milo, () -> engagements.record(new NewEngagement(leaver.id(), null,
        EngagementKind.QUESTION, "Asked about the radio licence", java.time.LocalDate.now())));

    Browser b = browser();
    b.signIn("milo", PASSWORD);

    // find it by a word of its summary
    b.open("/cases");
    b.type("cases-grid-search", word);
    b.waitForExactText(By.id("cases-grid-count"), "1 found");
    b.waitForText(By.id("cases-grid"), reference);
    b.screenshot("cases-search");

    // correct it
    b.open("/cases/" + reference);
    b.click(By.id("edit-case"));
    b.type("edit-case-title", "Community radio station shut down");
    b.click(By.id("save-case"));
    b.waitForText(By.id("case-heading"), "Community radio station shut down");
    b.waitForText(By.id("case-changes"), "Radio station shut down → Community radio station shut down");
    b.screenshot("case-corrected");

    // a second saver is told, and sees the newer values with what they had typed
    b.click(By.id("edit-case"));
    b.type("edit-case-title", "Milo's late title");
    TenantContext.runAs(cora, () -> {
      CaseDetails now = cases.get(reference);
      cases.edit(reference, now.version(), new NewCase("Radio station closed by the regulator", now.summary(),
          now.country(), now.themes(), now.severity()));
    });
    b.click(By.id("save-case"));
    b.waitForText(By.id("stale-warning"), "Milo's late title");
    assertThat(b.visible(By.cssSelector("#edit-case-title input")).getAttribute("value"))
        .isEqualTo("Radio station closed by the regulator");
    b.screenshot("case-stale-edit");
    b.open("/cases/" + reference);
    b.waitForText(By.id("case-heading"), "Radio station closed by the regulator");

    // attach a document; a script named .pdf is refused and nothing is stored
    byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Path statement = Files.createTempDirectory("liaison").resolve("regulator-statement.pdf");
    Files.write(statement, pdf);
    upload("case-documents-upload", statement);
    b.waitForText(By.id("case-documents-list"), "regulator-statement.pdf");
    String href = b.visible(By.cssSelector("#case-documents-list a")).getAttribute("href");
    Object downloaded = ((JavascriptExecutor) b.driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(r => r.text()).then(t => done(t)).catch(e => done('failed ' + e));", href);
    assertThat(downloaded).isEqualTo(new String(pdf, StandardCharsets.US_ASCII));
    Path disguised = statement.resolveSibling("minutes.pdf");
    Files.writeString(disguised, "<html><script>alert(document.cookie)</script></html>");
    upload("case-documents-upload", disguised);
    b.waitForText(By.id("case-documents-refused"), "whatever its name says");
    assertThat(b.text(By.id("case-documents-list"))).doesNotContain("minutes.pdf");
    b.screenshot("case-documents");

    // a coordinator hands the officer over; the leaver links forward, the successor shows the history
    b.signIn("cora", PASSWORD);
    b.open("/officers/" + leaver.id());
    b.click(By.id("hand-over"));
    b.choose("handover-successor", successor.name() + " · Human rights");
    b.click(By.id("save-handover"));
    b.waitForText(By.id("officer-successor"), successor.name());
    b.screenshot("officer-handed-over");
    b.click(By.cssSelector("#officer-successor a"));
    b.waitForText(By.id("officer-predecessors"), leaver.name());
    b.waitForText(By.id("officer-engagements"), "Asked about the radio licence");
    assertThat(b.text(By.id("officer-relationship"))).contains("every 45 days");

    // and logs a contact with the successor: the cadence starts again
    b.click(By.id("log-contact"));
    b.check("contact-kind", "Call");
    b.type("contact-summary", "Introduced the coalition to the new officer");
    b.click(By.id("save-contact"));
    b.waitForText(By.id("officer-engagements"), "Introduced the coalition to the new officer");
    b.screenshot("officer-successor");
  }

  /** Gives a file to a Vaadin upload, as choosing it in the file dialog does. */
  void upload(String uploadId, Path file) {
    WebElement upload = browser().visible(By.id(uploadId));
    WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  static String randomWord() {
    Random random = new Random();
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
