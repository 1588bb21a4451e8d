package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The press coalition's security focal point reports a defender at risk in a real Chromium: the
 * assessment reaches her inbox without the defender's name; a coordinator reads the record without the
 * identity, then breaks the glass with a reason; a member sees only that a restricted record exists; the
 * focal point sees both reads in the audit trail and erases the record, which keeps its reference only.
 */
class DefenderJourneyBrowserIT extends BrowserIT {

  static final String NAME = "Grace Achieng Oduya";

  @Test
  void a_security_focal_point_reports_a_defender_and_the_assessment_reaches_her_inbox() {
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
    b.type("defender-location", "Kisumu, staying with relatives");
    b.type("defender-contact", "Signal, through her lawyer");
    b.choose("defender-country", "Kenya");
    b.type("defender-risk", "Threatened after testifying about police killings.");
    b.click(By.id("save-defender"));
    b.visible(By.id("defender"));
    String reference = b.shownReference();
    assertThat(reference).matches("HRD-\\d{4}-\\d{4}");
    b.waitForText(By.id("defender-status"), "Assessing the risk");
    assertThat(b.text(By.id("defender-identity"))).contains(NAME);
    b.waitForText(By.id("defender-audit"), "Reported");
    assertThat(b.text(By.id("defender-waiting"))).contains("Assess risk");
    b.screenshot("defender-reported");

    b.open("/");
    b.type("inbox-search", reference);
    b.waitForText(By.id("inbox-grid"), reference);
    b.visible(By.cssSelector("vaadin-button[data-action='open'][data-step='Task_AssessRisk']"));
    assertThat(b.driver.getPageSource()).as("the inbox knows the defender by reference only").doesNotContain(NAME);
    b.screenshot("defender-assessment-in-inbox");
    openFromInbox(reference, "Task_AssessRisk");
    b.visible(By.id("step-decision"));
    assertThat(b.text(By.id("task-record"))).contains(reference);

    // a coordinator reads the record, but not who the defender is, until she breaks the glass with a reason
    b.signIn("cora", "liaison");
    b.open("/defenders/" + reference);
    b.visible(By.id("defender-identity-hidden"));
    assertThat(b.text(By.id("defender-pseudonym"))).contains("Heron");
    assertThat(b.driver.getPageSource()).doesNotContain(NAME).doesNotContain("police killings");
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
    assertThat(b.driver.getPageSource()).as("the glass is broken for one read").doesNotContain(NAME);
    // the focal points are told at once, by reference only
    b.open("/sent-mail");
    b.waitForText(By.id("sent-mail-grid"), "Break-glass read of defender record " + reference);
    assertThat(b.driver.getPageSource()).doesNotContain(NAME).doesNotContain("Sofia is unreachable");
    b.screenshot("defender-break-glass-mail");

    // a member sees that a restricted record exists, nothing of it
    b.signIn("milo", "liaison");
    assertThat(b.driver.getPageSource()).doesNotContain("Defenders at risk");
    b.open("/defenders/" + reference);
    b.visible(By.id("defender-restricted"));
    assertThat(b.driver.getPageSource()).doesNotContain(NAME).doesNotContain("police killings").doesNotContain("Heron");
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
    b.type("defender-change-location", "Nairobi, moved by the emergency fund");
    b.click(By.id("save-identity"));
    b.waitForText(By.id("defender-identity-location"), "Nairobi, moved by the emergency fund");
    b.waitForText(By.id("defender-audit"), "Changed the identity");
    b.click(By.id("erase-defender"));
    b.click(By.id("erase-confirm"));
    b.visible(By.id("defender-erased"));
    assertThat(b.driver.getPageSource()).doesNotContain(NAME).doesNotContain("Heron");
    assertThat(b.text(By.id("defender-heading"))).contains(reference);
    b.waitForText(By.id("defender-audit"), "Erased");
    b.screenshot("defender-erased");
  }
}
