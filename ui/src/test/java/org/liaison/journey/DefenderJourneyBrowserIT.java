package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The press coalition's security focal point reports a defender at risk in a real Chromium: the
 * assessment reaches her inbox without the defender's name; a coordinator reads the record without
 * the identity; a member cannot open the defender screens at all.
 */
class DefenderJourneyBrowserIT extends BrowserIT {

  static final String NAME = "Grace Achieng Oduya";

  @Test
  void a_security_focal_point_reports_a_defender_and_the_assessment_reaches_her_inbox() {
    Browser b = signedIn("sofia", "/defenders");
    b.click(By.id("report-defender"));
    b.visible(By.id("defender-name"));
    b.click(By.id("save-defender"));
    b.expectError("defender-name", "Give the defender's name (only security focal points will see it).");
    b.expectError("defender-country", "Choose the country, so the right embassy can be asked to help.");
    b.screenshot("defender-report-errors");

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

    // a coordinator reads the record, but not who the defender is
    b.signIn("cora", "liaison");
    b.open("/defenders/" + reference);
    b.visible(By.id("defender-identity-hidden"));
    assertThat(b.driver.getPageSource()).doesNotContain(NAME);

    // a member cannot open the defender screens at all
    b.signIn("milo", "liaison");
    assertThat(b.driver.getPageSource()).doesNotContain("Defenders at risk");
    b.open("/defenders/" + reference);
    b.waitForText(By.id("not-allowed"), "Not for your role");
    assertThat(b.driver.findElements(By.id("defender"))).isEmpty();
    b.screenshot("defender-member-denied-record");
    assertThat(b.driver.getPageSource()).doesNotContain(NAME).doesNotContain("police killings");
    b.open("/defenders");
    b.waitForText(By.id("not-allowed"), "Not for your role");
    assertThat(b.driver.findElements(By.id("defenders"))).isEmpty();
    b.screenshot("defender-member-denied");
  }
}
