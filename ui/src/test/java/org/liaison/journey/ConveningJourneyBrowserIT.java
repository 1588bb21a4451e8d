package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.mail.Outbox;
import org.liaison.mail.SentMail;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator proposes a convening with two invitees in a real Chromium: the owner's step reaches
 * the inbox, agreeing the format sends one invitation each, and both RSVPs are recorded on the
 * convening's page. Screenshots go to ui/target/screenshots.
 */
class ConveningJourneyBrowserIT extends BrowserIT {

  @Autowired MembershipService memberships;
  @Autowired Outbox outbox;

  /** Scrolls the dialog to a field it has scrolled away from. */
  void reveal(String id) {
    browser.driver.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
  }

  @Test
  void a_coordinator_proposes_a_convening_with_two_invitees_agrees_the_format_and_records_both_rsvps() {
    Browser b = signedIn("cora", "/convenings");
    b.click(By.id("propose-convening"));
    b.visible(By.id("convening-title"));
    b.click(By.id("add-invitee"));
    b.click(By.id("add-invitee"));
    b.type("invitee-name-0", "Jane Doe");
    b.type("invitee-email-0", "jane.doe@embassy.example");
    b.type("invitee-name-1", "Ali Hassan");
    b.type("invitee-email-1", "not an address");
    b.click(By.id("save-convening"));
    reveal("convening-title");
    b.expectError("convening-title", "Give the convening a title.");
    b.expectError("convening-place", "Say where the convening takes place.");
    b.expectError("convening-agenda", "Write the agenda, so invitees know what it is about.");
    b.expectError("invitee-email-1", "Give a valid e-mail address, such as officer@state.gov.");
    b.screenshot("convening-propose-errors");

    reveal("convening-title");
    b.type("convening-title", "Press freedom roundtable");
    b.type("convening-place", "Coalition office, Nairobi");
    b.type("convening-agenda", "Detained journalists; election coverage");
    b.type("invitee-email-1", "ali.hassan@ngo.example");
    b.click(By.id("save-convening"));
    b.visible(By.id("convening"));
    String reference = b.shownReference();
    assertThat(reference).matches("CONV-\\d{4}-\\d{4}");
    b.waitForText(By.id("convening-status"), "Agreeing the format");
    assertThat(b.text(By.id("convening-invitations"))).contains("Jane Doe").contains("Ali Hassan").contains("Not sent yet");
    assertThat(b.text(By.id("convening-waiting"))).contains("Agree format is yours · since ");
    assertThat(b.text(By.id("convening-when"))).as("an event's time names its zone")
        .endsWith("(" + org.liaison.ui.Labels.zone(java.time.ZoneId.systemDefault()) + ")");
    b.screenshot("convening-proposed");

    // the owner's step is in the inbox
    b.open("/");
    b.type("inbox-search", reference);
    b.waitForText(By.id("inbox-grid"), reference);
    assertThat(b.text(By.id("inbox-grid"))).as("the row names the convening").contains("Press freedom roundtable");
    b.screenshot("convening-inbox");
    openFromInbox(reference, "Task_AgreeFormat");
    b.visible(By.id("task"));
    assertThat(b.text(By.id("task-record"))).contains(reference);
    b.type("step-note", "In person at the coalition office; the embassy sends two officers.");
    b.click(By.id("submit-step"));
    b.waitForUrlEnding("/convenings/" + reference);
    b.waitForText(By.id("convening-status"), "Invitations sent");
    assertThat(b.text(By.id("convening-journal"))).contains("Agree format").contains("the embassy sends two officers");

    Actor cora = memberships.actorFor("cora", "press");
    List<SentMail> invitations = TenantContext.callAs(cora, () -> outbox.recent(Outbox.MAX_RECENT)).stream()
        .filter(m -> m.body().contains(reference)).toList();
    assertThat(invitations).extracting(m -> m.to().get(0))
        .containsExactlyInAnyOrder("jane.doe@embassy.example", "ali.hassan@ngo.example");

    b.click(By.cssSelector("vaadin-button[data-action='accept'][data-invitee='jane.doe@embassy.example']"));
    b.waitForText(By.id("convening-rsvp-summary"), "2 invited: 1 accepted, 0 declined, 1 not answered");
    b.click(By.cssSelector("vaadin-button[data-action='decline'][data-invitee='ali.hassan@ngo.example']"));
    b.waitForText(By.id("convening-rsvp-summary"), "2 invited: 1 accepted, 1 declined, 0 not answered");
    b.screenshot("convening-rsvps");

    b.open("/convenings");
    b.waitForText(By.id("convenings-grid"), reference);
  }
}
