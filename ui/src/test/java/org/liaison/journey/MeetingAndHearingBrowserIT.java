package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.hearings.CourtHearing;
import org.liaison.hearings.CourtHearingService;
import org.liaison.hearings.HearingStatus;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.meetings.Meeting;
import org.liaison.meetings.MeetingService;
import org.liaison.meetings.MeetingStatus;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NextStep;
import org.liaison.officers.Officer;
import org.liaison.officers.Portfolio;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.liaison.ui.Labels;
import org.liaison.workflow.WorkItem;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real Chromium: a meeting requested from Contacts goes through the inbox step by step (request,
 * the embassy's confirmation, briefing, the record with two next steps) and its next steps reach their
 * owners' inboxes and are completed; a court hearing is scheduled and adjourned, its page showing the
 * new date, and on its request date the owner chooses which officers to ask. The reader's clock: a
 * browser in Tokyo asking for British English reads times in Tokyo time written the British way, lists
 * say so, date pickers show and read that format, events stay in the embassy's local time, and a zone
 * chosen on the account page wins over the browser's. Screenshots go to ui/target/screenshots.
 */
class MeetingAndHearingBrowserIT extends BrowserIT {

  /** How the screens name Kenya's time zone ("Eastern Africa Time" in the JDK's names). */
  static final String NAIROBI_TIME = Labels.zone(ZoneId.of("Africa/Nairobi"));

  @Autowired MembershipService memberships;
  @Autowired ContactService contacts;
  @Autowired MeetingService meetings;
  @Autowired CourtHearingService hearings;
  @Autowired InboxService inbox;
  @Autowired CaseService cases;
  @Autowired org.liaison.accounts.Accounts accounts;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;

  Actor actor(String username) {
    return memberships.actorFor(username, "press");
  }

  /** Opens the person's one open step with this task key from the inbox. */
  void openTask(String reference, String taskKey) {
    openFromInbox(reference, taskKey);
    browser().visible(By.id("task"));
  }

  void expectMeetingPage(String reference, String status) {
    Browser b = browser();
    b.waitForUrlEnding("/meetings/" + reference);
    b.waitForText(By.id("meeting-status"), status);
  }

  /** Sets a Vaadin date-time picker the way picking a date and a time does. */
  void pickDateTime(String id, LocalDateTime value) {
    WebElement picker = browser().visible(By.id(id));
    ((JavascriptExecutor) browser().driver).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
        picker, value.truncatedTo(ChronoUnit.MINUTES).toString());
  }

  @Test
  void a_meeting_requested_from_contacts_reaches_the_inbox_and_its_next_steps_reach_their_owners() {
    Actor cora = actor("cora");
    String officerName = "Jane Doe " + UUID.randomUUID().toString().substring(0, 4);
    Officer officer = TenantContext.callAs(cora, () -> {
      Embassy embassy = contacts.embassies().stream().filter(e -> e.city().equals("Nairobi")).findFirst()
          .orElseGet(() -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
      return contacts.addOfficer(new NewOfficer(embassy.id(), officerName, "Human rights officer",
          Portfolio.HUMAN_RIGHTS, "hro@example.org", null));
    });

    Browser b = signedIn("milo", "/contacts");
    By requestButton = By.cssSelector("vaadin-button[data-action='request-meeting'][data-officer='" + officerName + "']");
    b.click(requestButton);
    b.click(By.id("save-meeting-request"));
    b.expectError("meeting-purpose", "Say what the meeting is about.");
    assertThat(TenantContext.callAs(cora, () -> meetings.forOfficer(officer.id()))).as("nothing saved").isEmpty();
    b.type("meeting-purpose", "Brief her on the detained journalists before the hearing.");
    b.screenshot("meeting-request-dialog");
    b.click(By.id("save-meeting-request"));
    b.waitForText(By.id("meeting-status"), "To be requested");
    String reference = b.shownReference();
    assertThat(reference).matches("MTG-\\d{4}-\\d{4}");
    assertThat(b.text(By.id("meeting-heading"))).contains(officerName);
    assertThat(b.text(By.id("meeting-purpose"))).contains("detained journalists");
    assertThat(b.text(By.id("meeting-waiting"))).contains("Request meeting is yours · since ");

    narrowInbox(reference);
    b.waitForText(By.id("inbox-grid"), reference);
    assertThat(b.text(By.id("inbox-grid"))).as("the row names the meeting")
        .contains("Meeting with " + officerName + ", Nairobi");
    b.screenshot("meeting-in-inbox");
    openTask(reference, "Task_RequestMeeting");
    assertThat(b.text(By.id("form-meeting-officer"))).contains(officerName + ", Human rights officer")
        .contains("U.S. Embassy Nairobi, Kenya");
    assertThat(b.text(By.id("form-meeting-reply")))
        .isEqualTo("What it is for: Brief her on the detained journalists before the hearing.");
    b.type("step-note", "Wrote to the human rights officer proposing Tuesday or Wednesday.");
    b.click(By.id("submit-step"));
    expectMeetingPage(reference, "Waiting for the embassy to confirm");
    assertThat(b.text(By.id("meeting-waiting"))).contains("The embassy's confirmation of the meeting")
        .containsPattern("The confirmation deadline, \\w{3} \\d{1,2}, \\d{4}, .+: after it, the owner is asked to chase");
    b.screenshot("meeting-awaiting-confirmation");

    b.click(By.id("confirm-meeting"));
    assertThat(b.visible(By.id("meeting-confirmed-time")).getDomProperty("helperText"))
        .as("the time is the embassy's local time, named").contains(NAIROBI_TIME);
    b.type("meeting-confirmed-time", "10:00");
    b.type("meeting-place", "U.S. Embassy, Gigiri");
    b.screenshot("meeting-confirm-dialog");
    b.click(By.id("save-confirmation"));
    expectMeetingPage(reference, "Confirmed");
    String confirmedFor = Labels.day(java.time.LocalDate.now(), java.time.LocalTime.of(10, 0));
    assertThat(confirmedFor).endsWith("10:00 AM");
    assertThat(b.text(By.id("meeting-confirmed"))).contains("milo")
        .contains("for " + confirmedFor + " (" + NAIROBI_TIME + ") at U.S. Embassy, Gigiri");

    openTask(reference, "Task_PrepareBriefing");
    b.type("step-note", "Two-page briefing with the trial calendar.");
    b.click(By.id("submit-step"));
    expectMeetingPage(reference, "Confirmed");

    openTask(reference, "Task_RecordMeeting");
    assertThat(b.text(By.id("form-meeting-when")))
        .isEqualTo("Confirmed for " + confirmedFor + " (" + NAIROBI_TIME + ") at U.S. Embassy, Gigiri");
    b.click(By.id("submit-meeting-record"));
    b.expectError("meeting-held", "Say whether the meeting took place.");
    b.expectError("meeting-outcome", "Say what came of the meeting, or why it did not take place.");
    b.check("meeting-held", "Yes, it took place");
    b.type("meeting-outcome", "She will raise the detentions with the ministry and may attend the hearing.");
    b.click(By.id("add-next-step"));
    b.click(By.id("add-next-step"));
    b.type("next-step-description-0", "Send her the trial calendar");
    b.choose("next-step-owner-0", "cora");
    b.type("next-step-description-1", "Share the lawyers' statement");
    b.choose("next-step-owner-1", "milo");
    b.screenshot("record-meeting-form");
    b.click(By.id("submit-meeting-record"));
    expectMeetingPage(reference, "Held: following up");
    assertThat(b.text(By.id("meeting-outcome"))).contains("raise the detentions");
    assertThat(b.text(By.id("meeting-next-steps"))).contains("Send her the trial calendar — cora")
        .contains("Share the lawyers' statement — milo");

    b.signIn("cora", PASSWORD);
    openTask(reference, "Task_CompleteNextStep");
    assertThat(b.text(By.id("next-step-description"))).isEqualTo("Send her the trial calendar");
    b.type("next-step-note", "Sent with the court's listing.");
    b.click(By.id("submit-next-step"));
    expectMeetingPage(reference, "Held: following up");

    b.signIn("milo", PASSWORD);
    openTask(reference, "Task_ThankOfficer");
    b.type("thanks-note", "Thank-you e-mail with the statement attached.");
    b.click(By.id("thanks-newsletter"));
    b.click(By.id("submit-thanks"));
    expectMeetingPage(reference, "Held: following up");
    openTask(reference, "Task_CompleteNextStep");
    assertThat(b.text(By.id("next-step-description"))).isEqualTo("Share the lawyers' statement");
    b.click(By.id("submit-next-step"));
    expectMeetingPage(reference, "Followed up");
    assertThat(b.text(By.id("meeting-journal"))).contains("Request meeting · milo").contains("proposing Tuesday")
        .contains("Prepare briefing · milo");
    assertThat(b.text(By.id("meeting-next-steps"))).contains("done by cora").contains("Sent with the court's listing.")
        .contains("done by milo");
    assertThat(b.text(By.id("meeting-thanks"))).contains("Thank-you e-mail");
    b.screenshot("meeting-followed-up");

    Meeting meeting = TenantContext.callAs(cora, () -> meetings.get(reference));
    assertThat(meeting.status()).isEqualTo(MeetingStatus.FOLLOWED_UP);
    assertThat(TenantContext.callAs(cora, () -> meetings.nextSteps(reference))).extracting(NextStep::doneBy)
        .containsExactlyInAnyOrder("cora", "milo");
    assertThat(TenantContext.callAs(cora, () -> contacts.officer(officer.id())).newsletterInvited()).isTrue();
    List<WorkItem> left = TenantContext.callAs(actor("milo"), inbox::tasks).stream().map(InboxItem::task)
        .filter(t -> reference.equals(t.businessKey())).toList();
    assertThat(left).isEmpty();

    b.open("/officers/" + officer.id());
    b.waitForText(By.id("officer-meetings"), reference);
    assertThat(b.text(By.id("officer-invited"))).contains("newsletter: yes");
    b.screenshot("officer-page");

    b.signIn("lena", PASSWORD); // another coalition: the meeting and the officer do not exist there
    b.open("/meetings/" + reference);
    String notFound = b.text(By.id("not-found"));
    b.open("/officers/" + officer.id());
    assertThat(b.text(By.id("not-found"))).isEqualTo(notFound);
    assertThat(b.driver.getPageSource()).doesNotContain(officerName);
  }

  /** Fires the hearing's request timer now, as the job executor would on the request date. */
  void requestDateComes(String hearingReference) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(hearingReference).singleResult()
        .getId();
    management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
  }

  /** How a browser that asks for British English writes a moment in {@code zone}. */
  static String british(Instant instant, ZoneId zone) {
    return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
        java.time.format.FormatStyle.SHORT).withLocale(java.util.Locale.UK).format(instant.atZone(zone));
  }

  @Test
  void a_hearing_is_scheduled_and_adjourned_and_its_page_shows_the_new_date() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String trial = "Trial of the blogger " + suffix;
    org.liaison.cases.CaseDetails raised = TenantContext.callAs(actor("milo"), () -> cases.raise(new NewCase(trial,
        "A blogger charged over a post about the police.", "KE", Set.of(Theme.OTHER), Severity.HIGH)));
    String caseReference = raised.reference();
    String hroName = "Hope Wanjiru " + suffix;
    String laborName = "Peter Otieno " + suffix;
    TenantContext.runAs(actor("cora"), () -> {
      Embassy embassy = contacts.embassies().stream().filter(e -> e.city().equals("Nairobi")).findFirst()
          .orElseGet(() -> contacts.addEmbassy(new NewEmbassy("KE", "Nairobi", null)));
      contacts.addOfficer(new NewOfficer(embassy.id(), hroName, "Human rights officer", Portfolio.HUMAN_RIGHTS,
          "hro-" + suffix + "@example.org", null));
      contacts.addOfficer(new NewOfficer(embassy.id(), laborName, "Labor attaché", Portfolio.LABOR,
          "labor-" + suffix + "@example.org", null));
    });
    Browser b = signedIn("milo", "/hearings");
    b.visible(By.id("hearings"));
    b.click(By.id("schedule-hearing"));
    b.click(By.id("save-hearing"));
    b.expectError("hearing-title", "Say what the hearing is (for example, whose trial).");
    b.expectError("hearing-court", "Name the court.");
    b.expectError("hearing-at", "Give the date and time of the hearing.");
    b.type("hearing-title", "Trial of the blogger");
    b.type("hearing-court", "Milimani Law Courts");
    LocalDateTime first = LocalDateTime.now().plusDays(30).withHour(9).withMinute(30).truncatedTo(ChronoUnit.MINUTES);
    pickDateTime("hearing-at", first);
    b.pick("hearing-case", caseReference);
    b.screenshot("hearing-schedule-dialog");
    b.click(By.id("save-hearing"));
    b.waitForText(By.id("hearing-status"), "Scheduled: waiting for the request date");
    String reference = b.shownReference();
    assertThat(reference).matches("HRG-\\d{4}-\\d{4}");
    // entered and shown in the local time of the case's country, the zone named
    ZoneId nairobi = ZoneId.of("Africa/Nairobi");
    Instant firstAt = first.atZone(nairobi).toInstant();
    assertThat(b.text(By.id("hearing-date"))).contains(Labels.when(firstAt, nairobi)).contains("Milimani Law Courts")
        .contains("(" + NAIROBI_TIME + ")");

    b.click(By.id("adjourn-hearing"));
    pickDateTime("adjourn-date", LocalDateTime.now().minusDays(2));
    b.click(By.id("save-adjournment"));
    b.expectError("adjourn-date", "The new hearing date must be in the future.");
    LocalDateTime adjourned = first.plusDays(21).withHour(10).withMinute(0);
    pickDateTime("adjourn-date", adjourned);
    b.click(By.id("save-adjournment"));
    Instant adjournedAt = adjourned.atZone(nairobi).toInstant();
    b.waitForText(By.id("hearing-date"), Labels.when(adjournedAt, nairobi));
    assertThat(b.text(By.id("hearing-adjourned"))).contains("Adjourned 1 time(s)").contains(Labels.when(firstAt, nairobi));
    assertThat(b.text(By.id("hearing-status"))).isEqualTo("Scheduled: waiting for the request date");
    assertThat(b.text(By.id("hearing-waiting"))).as("what it waits for, in the same local time")
        .contains(Labels.when(adjournedAt.minus(Duration.ofDays(7)), nairobi));
    b.screenshot("hearing-adjourned");

    CourtHearing hearing = TenantContext.callAs(actor("milo"), () -> hearings.get(reference));
    assertThat(hearing.hearingAt()).isEqualTo(adjournedAt);
    assertThat(hearing.requestAttendanceAt()).isEqualTo(adjournedAt.minus(Duration.ofDays(7)));
    assertThat(hearing.status()).isEqualTo(HearingStatus.SCHEDULED);

    b.open("/hearings");
    b.waitForText(By.id("hearings-grid"), reference);
    b.screenshot("hearings-list");

    // the case's page lists the hearing held for it
    b.open("/cases/" + caseReference);
    b.waitForText(By.id("case-linked"), reference);
    assertThat(b.text(By.id("case-linked"))).contains("Court hearing " + reference + " · Trial of the blogger · "
        + "Milimani Law Courts · " + Labels.when(adjournedAt, nairobi) + " · Scheduled: waiting for the request date");
    b.screenshot("case-with-hearing");

    // the request date comes: the owner chooses which of the coalition's officers to ask
    requestDateComes(reference);
    openTask(reference, "Task_RequestAttendance");
    String hroLabel = hroName + " · Human rights · U.S. Embassy Nairobi, Kenya";
    String laborLabel = laborName + " · Labor · U.S. Embassy Nairobi, Kenya";
    assertThat(b.text(By.id("attendance-officers"))).contains(hroLabel).contains(laborLabel);
    assertThat(b.text(By.id("form-hearing"))).as("the form says which hearing, in its local time")
        .contains("Trial of the blogger").contains(Labels.when(adjournedAt, nairobi));
    b.click(By.id("submit-attendance-request"));
    b.expectError("attendance-officers", "Choose at least one officer to ask.");
    b.check("attendance-officers", hroLabel);
    b.type("attendance-note", "Asked her by e-mail to observe the trial.");
    b.screenshot("hearing-request-attendance-form");
    b.click(By.id("submit-attendance-request"));
    new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(30))
        .until(d -> !d.getCurrentUrl().contains("/tasks/"));
    b.open("/hearings/" + reference);
    b.waitForText(By.id("hearing-status"), "Attendance to confirm");
    assertThat(b.text(By.id("hearing-officers"))).contains(hroName).doesNotContain(laborName);
    b.screenshot("hearing-attendance-requested");

    // the reader's clock: a browser in Tokyo asking for British English reads the times it is
    // told of (raised, history, lists) in Tokyo time written the British way, says so on lists, and
    // picks dates the British way; the hearing, an event, stays in Nairobi time, the zone named
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    String userAgent = String.valueOf(b.driver.executeScript("return navigator.userAgent"));
    b.driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Asia/Tokyo"));
    b.driver.executeCdpCommand("Network.enable", java.util.Map.of());
    b.driver.executeCdpCommand("Network.setUserAgentOverride",
        java.util.Map.of("userAgent", userAgent, "acceptLanguage", "en-GB,en;q=0.8"));
    try {
      b.signIn("milo", PASSWORD);
      b.open("/cases");
      b.waitForText(By.id("cases-grid"), caseReference);
      assertThat(b.text(By.id("cases-grid-zone"))).startsWith("Times in ").endsWith("(Asia/Tokyo)");
      b.screenshot("cases-list-in-tokyo-time");
      b.open("/cases/" + caseReference);
      b.waitForText(By.id("case-linked"), reference);
      assertThat(b.driver.findElement(By.tagName("body")).getText()).as("raised, on the reader's clock")
          .contains(british(raised.createdAt(), tokyo));
      assertThat(b.text(By.id("case-linked"))).as("the hearing in Nairobi time, written the British way")
          .contains(british(adjournedAt, nairobi) + " (" + NAIROBI_TIME + ")");
      b.screenshot("case-in-tokyo-time");

      b.open("/hearings");
      b.click(By.id("schedule-hearing"));
      LocalDateTime picked = LocalDateTime.of(LocalDateTime.now().getYear() + 1, 12, 24, 9, 0);
      pickDateTime("hearing-at", picked);
      By dateInput = By.cssSelector("#hearing-at vaadin-date-time-picker-date-picker input, #hearing-at [slot='date-picker'] input");
      new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d ->
          String.valueOf(d.findElement(dateInput).getDomProperty("value")).equals("24/12/" + picked.getYear()));
      assertThat(b.driver.executeScript("return arguments[0].i18n.firstDayOfWeek",
          b.driver.findElement(By.cssSelector("#hearing-at [slot='date-picker']")))).as("the British week starts on Monday")
          .isEqualTo(1L);
      WebElement dateField = b.driver.findElement(dateInput);
      dateField.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
          org.openqa.selenium.Keys.DELETE, "11/01/" + (picked.getYear() + 1), org.openqa.selenium.Keys.ENTER);
      new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d ->
          String.valueOf(d.findElement(By.id("hearing-at")).getDomProperty("value"))
              .startsWith((picked.getYear() + 1) + "-01-11T"));
      b.screenshot("date-picker-british");

      b.open("/account");
      b.waitForText(By.id("account-time-now"), "(Asia/Tokyo), your browser's time zone");
      b.pick("account-time-zone", "Europe/Berlin");
      b.click(By.id("save-time-zone"));
      b.waitForText(By.id("account-time-now"), "(Europe/Berlin), which you chose");
      b.screenshot("account-time-zone");
      b.open("/cases");
      b.waitForText(By.id("cases-grid"), caseReference);
      assertThat(b.text(By.id("cases-grid-zone"))).endsWith("(Europe/Berlin)");
      assertThat(accounts.timeZoneOf("milo")).contains(ZoneId.of("Europe/Berlin"));
    } finally {
      org.liaison.accounts.SignedIn.runAs("milo", () -> accounts.chooseTimeZone(null));
      b.driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
      b.driver.executeCdpCommand("Network.setUserAgentOverride",
          java.util.Map.of("userAgent", userAgent, "acceptLanguage", "en-US"));
    }

    b.signIn("lena", PASSWORD); // another coalition, which has no hearing
    b.open("/hearings/" + reference);
    b.visible(By.id("not-found"));
    assertThat(b.driver.getPageSource()).doesNotContain("Trial of the blogger");
  }
}
