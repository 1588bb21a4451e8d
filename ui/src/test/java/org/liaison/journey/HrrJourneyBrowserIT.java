package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coordinator of the labor coalition adds a member organisation, starts the Human Rights Report
 * calendar for Bangladesh from the HRR screen (a second start is refused with a message), and enters
 * the organisation's input on the cycle's page.
 */
class HrrJourneyBrowserIT extends BrowserIT {

  @Test
  void a_coordinator_starts_the_yearly_calendar_for_a_country_and_enters_an_organisations_input() {
    Browser b = signedIn("lena", "/organisations");
    b.click(By.id("add-organisation"));
    b.type("organisation-name", "Garment Workers Union");
    b.type("organisation-email", "not an address");
    b.click(By.id("save-organisation"));
    b.expectError("organisation-email", "Give a valid e-mail address, such as info@organisation.org.");
    b.type("organisation-email", "input@gwu.example");
    b.click(By.id("save-organisation"));
    b.waitForText(By.id("organisations-grid"), "Garment Workers Union");

    b.open("/hrr");
    b.visible(By.id("hrr-calendars-empty"));
    b.click(By.id("start-hrr-calendar"));
    b.choose("hrr-country", "Bangladesh");
    b.click(By.id("save-hrr-calendar"));
    b.waitForText(By.cssSelector("vaadin-notification-card"), "member organisation(s) called for input by e-mail");
    b.waitForText(By.id("hrr-calendars"), "Running");
    int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
    String reference = "HRR-BD-" + year;
    b.waitForText(By.id("hrr-cycles"), reference);
    b.screenshot("hrr-calendar-started");

    b.click(By.id("start-hrr-calendar"));
    b.choose("hrr-country", "Bangladesh");
    b.click(By.id("save-hrr-calendar"));
    b.expectError("hrr-country",
        "The Human Rights Report calendar for Bangladesh is already running; there is one calendar per country.");
    b.screenshot("hrr-second-calendar-refused");

    b.open("/hrr/" + reference);
    b.visible(By.id("hrr-cycle"));
    assertThat(b.text(By.id("hrr-cycle-heading"))).contains(reference).contains("Bangladesh");
    assertThat(b.text(By.id("hrr-no-officer"))).contains("No human-rights officer");
    b.click(By.id("enter-submission"));
    b.click(By.id("submission-organisation"));
    b.click(By.xpath("//vaadin-select-item[@role='option'][normalize-space()='Garment Workers Union']"));
    b.type("submission-text", "Twelve union leaders dismissed in March; sources: court filings.");
    b.click(By.id("save-submission"));
    b.waitForText(By.id("hrr-submissions"), "Twelve union leaders dismissed in March");
    assertThat(b.text(By.id("hrr-submissions"))).contains("Entered by lena");
    b.screenshot("hrr-cycle");
  }
}
