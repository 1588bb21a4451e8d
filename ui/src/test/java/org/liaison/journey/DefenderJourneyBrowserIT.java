package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The press coalition's security focal point reports a defender at risk in a real Chromium: the
 * assessment reaches her inbox without the defender's name; a coordinator reads the record without the
 * identity, then breaks the glass with a reason; a member sees only that a restricted record exists; the
 * focal point sees both reads in the audit trail, exports the record and erases it, which keeps its
 * reference only. Canary: a unique marker in every protected field, entered through the page, shows
 * only where a focal point opens the record (and in her export); it is in no table of a {@code pg_dump}
 * of the whole database (Liaison's and the engine's), in no mail of the outbox and in nothing the
 * application logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class DefenderJourneyBrowserIT extends BrowserIT {

  static final String MARKER = "Canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  static final String NAME = "Grace Achieng Oduya " + MARKER + "n";
  static final String LOCATION = "Kisumu, staying with relatives " + MARKER + "l";
  static final String CONTACT = "Signal, through her lawyer " + MARKER + "c";
  static final String RISK = "Threatened after testifying about police killings. " + MARKER + "r";

  @Test
  void a_security_focal_point_reports_a_defender_and_the_assessment_reaches_her_inbox(CapturedOutput log)
      throws Exception {
    Browser b = signedIn("sofia", "/defenders");
    b.click(By.id("report-defender"));
    b.visible(By.id("defender-name"));
    b.click(By.id("save-defender"));
    b.expectError("defender-pseudonym", "Give the defender a pseudonym: a code name that says nothing about who or where they are.");
    b.expectError("defender-country", "Choose the country, so the right embassy can be asked to help.");
    b.expectError("defender-risk-level", "Choose how grave the risk is.");
    b.screenshot("defender-report-errors");

    b.type("defender-pseudonym", "Heron");
    b.choose("defender-risk-level", "High");
    b.type("defender-name", NAME);
    b.type("defender-location", LOCATION);
    b.type("defender-contact", CONTACT);
    b.choose("defender-country", "Kenya");
    b.type("defender-risk", RISK);
    b.click(By.id("save-defender"));
    b.visible(By.id("defender"));
    String reference = b.shownReference();
    assertThat(reference).matches("HRD-\\d{4}-\\d{4}");
    b.waitForText(By.id("defender-status"), "Assessing the risk");
    assertThat(b.text(By.id("defender-identity"))).contains(NAME).contains(LOCATION).contains(CONTACT);
    assertThat(b.text(By.id("defender-risk-summary"))).contains(RISK);
    b.waitForText(By.id("defender-audit"), "Reported");
    assertThat(b.text(By.id("defender-waiting"))).contains("Assess risk");
    b.screenshot("defender-reported");

    b.open("/");
    b.type("inbox-search", reference);
    b.waitForText(By.id("inbox-grid"), reference);
    b.visible(By.cssSelector("vaadin-button[data-action='open'][data-step='Task_AssessRisk']"));
    assertThat(b.driver.getPageSource()).as("the inbox knows the defender by reference only").doesNotContain(MARKER);
    b.screenshot("defender-assessment-in-inbox");
    openFromInbox(reference, "Task_AssessRisk");
    b.visible(By.id("step-decision"));
    assertThat(b.text(By.id("task-record"))).contains(reference);

    // a coordinator reads the record, but not who the defender is, until she breaks the glass with a reason
    b.signIn("cora", "liaison");
    b.open("/defenders/" + reference);
    b.visible(By.id("defender-identity-hidden"));
    assertThat(b.text(By.id("defender-pseudonym"))).contains("Heron");
    assertThat(b.driver.getPageSource()).doesNotContain(MARKER).doesNotContain("police killings");
    b.click(By.id("break-glass"));
    b.visible(By.id("break-glass-reason"));
    b.click(By.id("break-glass-confirm"));
    b.expectError("break-glass-reason", "Say why you need to see who the defender is: the focal points read your reason.");
    b.type("break-glass-reason", "Sofia is unreachable and the embassy asks for the name today");
    b.screenshot("defender-break-glass-dialog");
    b.click(By.id("break-glass-confirm"));
    b.waitForText(By.id("defender-identity"), NAME);
    b.screenshot("defender-break-glass-read");
    b.open("/defenders/" + reference);
    b.visible(By.id("defender-identity-hidden"));
    assertThat(b.driver.getPageSource()).as("the glass is broken for one read").doesNotContain(MARKER);
    // the focal points are told at once, by reference only
    b.open("/sent-mail");
    b.waitForText(By.id("sent-mail-grid"), "Break-glass read of defender record " + reference);
    assertThat(b.driver.getPageSource()).doesNotContain(MARKER).doesNotContain("Sofia is unreachable");
    b.screenshot("defender-break-glass-mail");

    // a member sees that a restricted record exists, nothing of it
    b.signIn("milo", "liaison");
    assertThat(b.driver.getPageSource()).doesNotContain("Defenders at risk");
    b.open("/defenders/" + reference);
    b.visible(By.id("defender-restricted"));
    assertThat(b.driver.getPageSource()).doesNotContain(MARKER).doesNotContain("police killings").doesNotContain("Heron");
    b.screenshot("defender-member-restricted");
    b.open("/defenders");
    b.waitForText(By.id("not-allowed"), "Not for your role");
    assertThat(b.driver.findElements(By.id("defenders"))).isEmpty();

    // the focal point sees both reads in the audit trail, then erases the record
    b.signIn("sofia", "liaison");
    b.open("/defenders/" + reference);
    b.waitForText(By.id("defender-audit"), "Broke the glass");
    assertThat(b.text(By.id("defender-audit"))).contains("cora").contains("Sofia is unreachable").contains("Read the identity");
    b.screenshot("defender-audit-trail");
    b.click(By.id("change-identity"));
    b.visible(By.id("defender-change-location"));
    b.type("defender-change-location", "Nairobi, moved by the emergency fund " + MARKER + "m");
    b.click(By.id("save-identity"));
    b.waitForText(By.id("defender-identity-location"), "Nairobi, moved by the emergency fund");
    b.waitForText(By.id("defender-audit"), "Changed the identity");

    // she exports the record: the file (fetched as the browser downloads it) has who and what happened
    String href = b.visible(By.id("export-defender")).getAttribute("href");
    String exported = String.valueOf(((JavascriptExecutor) b.driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1]; fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(r => r.text()).then(done, e => done('FAILED ' + e));", href));
    assertThat(exported).contains("\"reference\" : \"" + reference + "\"").contains(NAME).contains(CONTACT)
        .contains(RISK).contains("Nairobi, moved by the emergency fund").contains("BROKE_THE_GLASS").contains("EXPORTED");
    b.open("/defenders/" + reference);
    b.waitForText(By.id("defender-audit"), "Exported");
    b.screenshot("defender-exported");

    // canary: the marker is in no table of a whole-database dump, while the record still holds it encrypted
    assertThat(database().dump()).as("pg_dump of the whole database (app and engine tables)")
        .contains("CREATE TABLE app.defender").containsIgnoringCase("CREATE TABLE public.act_hi_procinst")
        .contains(reference).doesNotContain(MARKER);
    b.click(By.id("erase-defender"));
    b.click(By.id("erase-confirm"));
    b.visible(By.id("defender-erased"));
    assertThat(b.driver.getPageSource()).doesNotContain(NAME).doesNotContain("Heron");
    assertThat(b.text(By.id("defender-heading"))).contains(reference);
    b.waitForText(By.id("defender-audit"), "Erased");
    b.screenshot("defender-erased");

    // after all of it: not in the dump, not in any mail of the outbox, not in anything the application logged
    assertThat(database().dump()).contains(reference).doesNotContain(MARKER);
    try (Connection owner = DriverManager.getConnection(database().url(), database().username(), database().password());
        PreparedStatement st = owner.prepareStatement("select count(*) filter (where subject || body || array_to_string("
            + "recipients, ',') like '%' || ? || '%'), count(*) filter (where subject = 'Break-glass read of defender record ' || ?) "
            + "from app.outbox_message")) {
      st.setString(1, MARKER);
      st.setString(2, reference);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).as("mail in the outbox holding the marker").isZero();
        assertThat(rs.getLong(2)).as("the break-glass mail, by reference").isEqualTo(1);
      }
    }
    assertThat(log.getAll()).as("the application's log during the journey")
        .contains("Defender " + reference + " erased by sofia").doesNotContain(MARKER);
  }
}
