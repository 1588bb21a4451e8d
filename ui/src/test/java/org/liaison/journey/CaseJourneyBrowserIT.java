package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.liaison.cases.CaseActivity;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.mail.OutgoingMail;
import org.liaison.mail.Outbox;
import org.liaison.mail.internal.OutboxDispatcher;
import org.liaison.officers.ContactService;
import org.liaison.officers.Embassy;
import org.liaison.officers.NewEmbassy;
import org.liaison.officers.NewOfficer;
import org.liaison.officers.NewPriority;
import org.liaison.officers.Portfolio;
import org.liaison.settings.SettingsService;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case from "raised by a member" through triage, drafting, review with one rework round and the
 * recorded sending, each step signed in as the right person in a real Chromium, with the case page
 * checked after each step. Screenshots go to ui/target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseJourneyBrowserIT extends BrowserIT {

  static String reference;

  @Autowired CaseService cases;
  @Autowired InboxService inbox;
  @Autowired MembershipService memberships;
  @Autowired SettingsService settings;
  @Autowired org.liaison.settings.TaskDuePeriods duePeriods;
  @Autowired ContactService contacts;
  @Autowired Outbox outbox;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired TransactionTemplate tx;

  void openTask(String step) {
    openFromInbox(reference, step);
    browser().visible(By.id("task"));
  }

  void expectCasePage(String status) {
    Browser b = browser();
    b.waitForUrlEnding("/cases/" + reference);
    b.waitForText(By.id("case-status"), status);
  }

  List<String> timeline() {
    return browser().visible(By.id("case-timeline")).findElements(By.tagName("li")).stream()
        .map(li -> li.getAttribute("data-kind")).toList();
  }

  @Test
  @Order(1)
  void a_case_goes_from_raised_to_sent_with_each_step_done_by_the_right_person() {
    a_member_raises_a_case_after_fixing_what_the_form_points_out();
    the_coordinator_triages_it_from_the_inbox();
    the_member_aligns_it_with_the_embassys_priorities_and_picks_the_officers();
    the_member_drafts_the_three_part_outreach();
    the_coordinator_sends_it_back_with_a_comment();
    the_member_reworks_the_draft_and_the_coordinator_approves_it();
    the_member_records_the_officers_reply_and_the_meeting_step_opens();
  }

  /** The press coalition's officers at a consulate (the contacts test maps the embassy itself). */
  void officersOfThePressCoalition() {
    TenantContext.runAs(memberships.actorFor("cora", "press"), () -> {
      if (contacts.embassies().stream().anyMatch(e -> e.city().equals("Mombasa"))) {
        return;
      }
      Embassy consulate = contacts.addEmbassy(new NewEmbassy("KE", "Mombasa", null));
      contacts.addPriority(consulate.id(), new NewPriority("Media freedom on the coast", "https://ke.usembassy.gov/",
          java.time.LocalDate.now()));
      contacts.addOfficer(new NewOfficer(consulate.id(), "Amina Hassan", null, Portfolio.HUMAN_RIGHTS,
          "hro@embassy.example", null));
      contacts.addOfficer(new NewOfficer(consulate.id(), "Ben Carter", null, Portfolio.ECONOMIC,
          "econ@embassy.example", null));
    });
  }

  void a_member_raises_a_case_after_fixing_what_the_form_points_out() {
    officersOfThePressCoalition();
    Browser b = browser();
    b.signIn("milo", PASSWORD);
    b.screenshot("inbox-empty-member");
    b.open("/cases/new");
    b.visible(By.id("raise-case"));

    b.click(By.id("submit-case"));
    b.expectError("case-title", "Give the case a title.");
    b.expectError("case-summary", "Summarise the issue.");
    b.expectError("case-country", "Choose the country where the issue happens.");
    b.expectError("case-themes", "Choose at least one theme.");
    b.expectError("case-severity", "Choose a severity.");

    b.type("case-title", "Journalists detained after covering protests");
    b.type("case-summary", "Three reporters detained in Nairobi; no charges, no access to lawyers.");
    b.check("case-themes", "Freedom of expression");
    b.check("case-severity", "High");
    Actor milo = memberships.actorFor("milo", "press");
    int casesBefore = TenantContext.callAs(milo, cases::list).size();
    b.typeCustom("case-country", "Atlantis");
    String unknownCountry = "Choose a country from the list (an ISO 3166 country code such as KE or GT).";
    b.expectError("case-country", unknownCountry);
    b.click(By.id("submit-case"));
    b.expectError("case-country", unknownCountry);
    b.screenshot("raise-case-errors");
    assertThat(TenantContext.callAs(milo, cases::list)).as("nothing saved while the form has errors").hasSize(casesBefore);

    b.choose("case-country", "Kenya");
    b.click(By.id("submit-case"));
    b.waitForText(By.id("case-status"), "In triage");
    reference = b.shownReference();
    assertThat(reference).matches("PFC-\\d{4}-\\d{4}");
    assertThat(b.text(By.id("case-heading"))).contains("Journalists detained after covering protests");
    assertThat(b.text(By.id("case-waiting"))).contains("Triage case").contains("open to coordinators");
    assertThat(b.text(By.id("case-outreach"))).contains("No outreach drafted yet.");
    assertThat(timeline()).containsExactly("RAISED");
    b.screenshot("case-raised");
  }

  void the_coordinator_triages_it_from_the_inbox() {
    Browser b = browser();
    b.signIn("cora", PASSWORD);
    b.open("/");
    b.type("inbox-search", reference);
    b.visible(By.cssSelector("vaadin-button[data-action='open'][data-case='" + reference + "']"));
    b.screenshot("inbox-coordinator");
    openTask("Task_TriageCase");
    assertThat(b.text(By.id("task-case-facts"))).as("triage sees what the case is about")
        .contains("Kenya").contains("Freedom of expression").contains("High");
    assertThat(b.text(By.id("task-case-summary"))).contains("Three reporters detained in Nairobi");
    b.type("triage-note", "The hearing is on Monday.");
    b.check("triage-severity", "Critical");
    b.screenshot("triage-form");
    b.click(By.id("submit-triage"));
    expectCasePage("Aligning with embassy priorities");
    assertThat(b.text(By.id("case-heading"))).contains(reference);
    assertThat(b.text(By.id("case-waiting"))).contains("Align with embassy priorities — with milo · since ");
    assertThat(b.driver.findElements(By.cssSelector("#case-waiting vaadin-button"))).as("not cora's step").isEmpty();
    assertThat(b.text(By.id("routing-portfolios"))).contains("Human rights").contains("Public affairs");
    assertThat(b.text(By.id("routing-urgency"))).contains("Immediate");
    assertThat(timeline()).containsExactly("RAISED", "TRIAGED", "ROUTED");
    assertThat(b.text(By.id("case-timeline"))).contains("The hearing is on Monday.")
        .as("the routing in words, not codes").contains("“Human rights, Public affairs · Immediate”")
        .doesNotContain("HUMAN_RIGHTS");
  }

  void the_member_aligns_it_with_the_embassys_priorities_and_picks_the_officers() {
    Browser b = browser();
    b.signIn("milo", PASSWORD);
    // the step the reader may do is a button on the record's page; for others it says who has it
    b.open("/cases/" + reference);
    assertThat(b.text(By.id("case-waiting"))).contains("Align with embassy priorities is yours · since ");
    b.click(By.cssSelector("#case-waiting li[data-step='Task_AlignWithPriorities'] vaadin-button"));
    b.visible(By.id("task"));
    assertThat(b.text(By.id("align-suggestion"))).contains("Human rights").contains("Immediate");
    String amina = "Amina Hassan · Human rights · U.S. Embassy Mombasa, Kenya";
    assertThat(b.text(By.id("align-embassies"))).as("the embassy is named where its officers are chosen")
        .contains("U.S. Embassy Mombasa, Kenya");
    assertThat(b.checked("align-officers")).as("pre-selected by the suggested portfolio").contains(amina)
        .doesNotContain("Ben Carter · Economic · U.S. Embassy Mombasa, Kenya");
    b.checked("align-officers").forEach(label -> b.check("align-officers", label)); // clear every pre-selected officer
    b.click(By.id("submit-alignment"));
    b.expectError("align-officers", "Choose at least one officer to send the outreach to.");
    b.check("align-officers", amina);
    b.check("align-priorities", "Media freedom on the coast · U.S. Embassy Mombasa, Kenya (" + org.liaison.ui.Labels.day(java.time.LocalDate.now()) + ")");
    b.screenshot("align-form");
    b.click(By.id("submit-alignment"));
    expectCasePage("Drafting outreach");
    assertThat(b.text(By.id("routing-officers")))
        .isEqualTo("Outreach goes to: Amina Hassan (Human rights, U.S. Embassy Mombasa, Kenya)");
    assertThat(b.text(By.id("routing-embassy"))).isEqualTo("Embassy: U.S. Embassy Mombasa, Kenya");
    assertThat(b.text(By.id("routing-priorities"))).contains("Media freedom on the coast");
    assertThat(timeline()).containsExactly("RAISED", "TRIAGED", "ROUTED", "ALIGNED");
  }

  void the_member_drafts_the_three_part_outreach() {
    Browser b = browser();
    b.signIn("milo", PASSWORD);
    openTask("Task_DraftOutreach");
    assertThat(b.text(By.id("draft-notes"))).as("the drafter sees the triage and alignment notes")
        .contains("The hearing is on Monday.").contains("cora").contains("Amina Hassan");
    b.type("draft-important", "Three journalists are held without charge.");
    b.type("draft-why-us", "Press freedom is a stated priority of the U.S. embassy in Kenya.");
    b.click(By.id("submit-draft"));
    b.expectError("draft-embassy-action", "Say what the embassy can do to help.");
    b.screenshot("draft-missing-part");
    b.type("draft-embassy-action", "Ask for consular access and attend the hearing.");
    b.click(By.id("submit-draft"));
    expectCasePage("In review");
    assertThat(b.text(By.id("outreach-important"))).contains("Three journalists are held without charge.");
    assertThat(b.text(By.id("outreach-status"))).isEqualTo("Waiting for review");
    assertThat(timeline()).containsExactly("RAISED", "TRIAGED", "ROUTED", "ALIGNED", "OUTREACH_DRAFTED");
  }

  void the_coordinator_sends_it_back_with_a_comment() {
    Browser b = browser();
    b.signIn("cora", PASSWORD);
    narrowInbox(reference);
    String row = "[data-case='" + reference + "'][data-step='Task_ReviewOutreach']";
    clickInInboxUntil(By.cssSelector("vaadin-button[data-action='claim']" + row),
        By.cssSelector("vaadin-button[data-action='unclaim']" + row));
    assertThat(b.text(By.id("inbox-grid"))).contains("You");
    b.screenshot("inbox-claimed");
    clickInInboxUntil(By.cssSelector("vaadin-button[data-action='unclaim']" + row),
        By.cssSelector("vaadin-button[data-action='claim']" + row));
    assertThat(b.text(By.id("inbox-grid"))).contains("Open to your team");
    openTask("Task_ReviewOutreach");
    assertThat(b.text(By.id("review-recipients"))).as("the reviewer sees whom Approve e-mails")
        .contains("Embassy: U.S. Embassy Mombasa, Kenya")
        .contains("Amina Hassan · Human rights · U.S. Embassy Mombasa, Kenya · hro@embassy.example")
        .contains("Media freedom on the coast");
    assertThat(b.text(By.id("review-approve-sends"))).contains("to the 1 officer(s) above straight away");
    b.click(By.id("send-back-outreach"));
    b.expectError("review-comment", "Say what should change before sending the outreach back.");
    b.type("review-comment", "Name the court and the date of the hearing.");
    b.screenshot("review-form");
    b.click(By.id("send-back-outreach"));
    expectCasePage("Drafting outreach");
    assertThat(b.text(By.id("outreach-review-comment"))).contains("Name the court and the date of the hearing.");
    assertThat(timeline()).endsWith("OUTREACH_SENT_BACK");
    b.screenshot("case-sent-back");
    assertThat(b.text(By.id("case-drafts"))).as("the draft that was sent back, with who and why")
        .contains("Draft 1 — by milo, ").contains("Sent back by cora, ")
        .contains("“Name the court and the date of the hearing.”");
  }

  void the_member_reworks_the_draft_and_the_coordinator_approves_it() {
    Browser b = browser();
    b.signIn("milo", PASSWORD);
    narrowInbox(reference);
    assertThat(b.text(By.cssSelector(".inbox-rework-badge[data-case='" + reference + "']")))
        .as("the draft came back: the row says so in words").isEqualTo("Back for rework");
    b.screenshot("inbox-back-for-rework");
    openTask("Task_DraftOutreach");
    assertThat(b.text(By.id("draft-review-comment"))).contains("Name the court");
    b.type("draft-important", "Three journalists are held without charge; hearing at Milimani court on Monday.");
    b.click(By.id("submit-draft"));
    expectCasePage("In review");

    b.signIn("cora", PASSWORD);
    openTask("Task_ReviewOutreach");
    b.click(By.id("approve-outreach"));
    expectCasePage("Outreach sent, waiting for a reply");
    assertThat(b.text(By.id("outreach-important"))).contains("Milimani court");
    // after the rework the first draft and the reviewer's comment stay readable beside the approved one
    assertThat(b.visible(By.id("case-draft-2")).getAttribute("data-verdict")).isEqualTo("approved");
    assertThat(b.text(By.id("case-draft-2"))).contains("Draft 2 — by milo, ");
    assertThat(b.text(By.id("case-draft-1"))).contains("Sent back by cora, ")
        .contains("“Name the court and the date of the hearing.”");
    assertThat(b.text(By.id("draft-1-important"))).contains("Three journalists are held without charge.")
        .doesNotContain("Milimani");
    b.screenshot("case-drafts");
    assertThat(b.text(By.id("outreach-sent"))).contains("hro@embassy.example");
    assertThat(b.text(By.id("case-waiting"))).contains("A reply from an embassy officer")
        .containsPattern("The follow-up, due \\w{3} \\d{1,2}, \\d{4}, .+ if no officer has replied by then");
    assertThat(timeline()).containsExactly("RAISED", "TRIAGED", "ROUTED", "ALIGNED", "OUTREACH_DRAFTED",
        "OUTREACH_SENT_BACK", "OUTREACH_DRAFTED", "OUTREACH_APPROVED", "OUTREACH_SENT");
    // the outreach, not the notices members get of their steps ("[Press Freedom Coalition] … is yours.")
    assertThat(TenantContext.callAs(memberships.actorFor("cora", "press"), () -> outbox.recent(50)))
        .filteredOn(m -> m.subject().contains(reference) && !m.subject().startsWith("[")).singleElement()
        .satisfies(m -> assertThat(m.to()).containsExactly("hro@embassy.example"));
    b.screenshot("case-sent");
  }

  void the_member_records_the_officers_reply_and_the_meeting_step_opens() {
    Browser b = signedIn("milo", "/cases/" + reference);
    b.click(By.id("record-reply"));
    b.click(By.id("save-reply"));
    b.expectError("reply-officer", "Choose the officer who replied.");
    b.expectError("reply-summary", "Say in a few words what was said or agreed.");
    b.pick("reply-officer", "Amina Hassan");
    b.type("reply-summary", "She can meet us on Thursday at the consulate.");
    b.screenshot("reply-dialog");
    b.click(By.id("save-reply"));
    b.waitForText(By.id("case-status"), "Meeting the embassy");
    assertThat(timeline()).endsWith("OUTREACH_SENT", "OFFICER_REPLIED");
    assertThat(b.text(By.id("case-timeline"))).contains("She can meet us on Thursday");
    assertThat(b.text(By.id("case-waiting"))).contains("Request meeting is yours · since ");
    assertThat(b.text(By.id("case-meetings"))).containsPattern("MTG-\\d{4}-\\d{4}")
        .contains("Amina Hassan, U.S. Embassy Mombasa, Kenya");
    assertThat(b.driver.findElements(By.id("record-reply"))).as("no second reply while none is awaited").isEmpty();
    b.screenshot("case-meeting");
    // the request-meeting step shows whom to ask and what they replied
    b.click(By.cssSelector("#case-waiting li[data-step='Task_RequestMeeting'] vaadin-button"));
    b.visible(By.id("task"));
    assertThat(b.text(By.id("form-meeting-officer"))).contains("Amina Hassan").contains("U.S. Embassy Mombasa, Kenya");
    assertThat(b.text(By.id("form-meeting-reply"))).startsWith("Their reply (received ")
        .contains("She can meet us on Thursday at the consulate.");
    b.screenshot("request-meeting-form");
    b.open("/cases/" + reference);
    b.open("/cases");
    b.waitForText(By.id("cases-grid"), reference);
    b.screenshot("cases-list");
  }

  @Test
  @Order(2)
  void another_coalitions_coordinator_sees_neither_the_case_nor_its_tasks() {
    String other = TenantContext.callAs(memberships.actorFor("milo", "press"),
        () -> cases.raise(new NewCase("Second case", "Waiting for triage", "KE", Set.of(Theme.OTHER), Severity.LOW)))
        .reference();
    Browser b = browser();
    b.signIn("lena", PASSWORD);
    b.visible(By.id("inbox"));
    assertThat(b.driver.getPageSource()).doesNotContain(other);
    b.open("/cases/" + other);
    String foreignCasePage = b.text(By.id("not-found"));
    assertThat(b.driver.getPageSource()).doesNotContain("Waiting for triage");
    b.open("/cases/PFC-1999-0001");
    assertThat(b.text(By.id("not-found"))).as("same page as for a case that does not exist").isEqualTo(foreignCasePage);

    String foreignTask = TenantContext.callAs(memberships.actorFor("cora", "press"), () -> inbox.tasks()).stream()
        .filter(i -> other.equals(i.task().businessKey())).findFirst().orElseThrow().task().id();
    b.open("/tasks/" + foreignTask);
    String foreignTaskNotice = b.text(By.cssSelector("vaadin-notification-card"));
    assertThat(foreignTaskNotice).contains("no longer open");
    b.visible(By.id("inbox"));
    assertThat(b.driver.getPageSource()).doesNotContain(other).doesNotContain("Waiting for triage");
    b.open("/tasks/" + UUID.randomUUID());
    assertThat(b.text(By.cssSelector("vaadin-notification-card"))).isEqualTo(foreignTaskNotice);
    b.open("/cases");
    b.visible(By.id("cases"));
    assertThat(b.driver.getPageSource()).doesNotContain(other).doesNotContain("Waiting for triage");
    b.screenshot("other-coalition-cannot-see");
    b.open("/coalition/press");
    b.waitForText(By.id("not-a-member"), "Not your coalition");
    b.open("/");
    assertThat(b.text(By.id("coalition-name"))).isEqualTo("Labor Rights Alliance");
  }

  @Test
  @Order(3)
  void a_task_completed_meanwhile_by_someone_else_gives_a_clear_notice_and_a_fresh_inbox() {
    Actor milo = memberships.actorFor("milo", "press");
    CaseDetails raced = TenantContext.callAs(milo,
        () -> cases.raise(new NewCase("Raced case", "Two coordinators at once", "GT", Set.of(Theme.OTHER), Severity.LOW)));
    Browser b = signedIn("cora", "/");
    openFromInbox(raced.reference(), null);
    b.visible(By.id("submit-triage"));

    // meanwhile another coordinator of the coalition triages the same case
    Actor other = new Actor("another-coordinator", "press", Set.of(Role.COORDINATOR));
    TenantContext.runAs(other, () -> {
      InboxItem task = inbox.tasks().stream().filter(i -> raced.reference().equals(i.task().businessKey()))
          .findFirst().orElseThrow();
      cases.triage(task.task().id(), new Triage(Severity.MEDIUM, "done by the other coordinator"));
    });

    b.click(By.id("submit-triage"));
    WebElement notice = b.visible(By.cssSelector("vaadin-notification-card"));
    assertThat(notice.getText()).contains("That task is no longer open");
    b.visible(By.id("inbox"));
    b.screenshot("task-gone-notice");
    // the list refreshed in place (the task was open beside it): no row of the raced step is shown
    new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(15)).until(d -> d.findElements(
        By.cssSelector("vaadin-button[data-case='" + raced.reference() + "'][data-step='Task_TriageCase']")).stream()
        .noneMatch(WebElement::isDisplayed));
    assertThat(b.driver.findElements(By.id("task-panel")).stream().noneMatch(WebElement::isDisplayed))
        .as("the form beside the list is closed").isTrue();
    assertThat(TenantContext.callAs(milo, () -> cases.timeline(raced.reference())))
        .filteredOn(a -> a.kind() == CaseActivity.Kind.TRIAGED).hasSize(1)
        .allSatisfy(a -> assertThat(a.actor()).isEqualTo("another-coordinator"));
  }

  @Test
  @Order(4)
  void a_person_in_two_coalitions_keeps_one_per_tab_and_a_link_never_switches_on_its_own() {
    Browser b = browser();
    b.signIn("sam", PASSWORD);
    b.open("/cases/new");
    b.visible(By.id("raise-case"));
    b.waitForUrl("coalition=labor");
    assertThat(b.text(By.id("current-user"))).as("sam coordinates the labor coalition").contains("coordinator");
    String laborTab = b.driver.getWindowHandle();

    // a second tab of the same session switches to the other coalition
    b.driver.switchTo().newWindow(WindowType.TAB);
    b.open("/");
    assertThat(b.text(By.id("current-user"))).contains("coordinator");
    b.click(By.id("coalition-switcher"));
    b.click(By.xpath("//vaadin-select-item[@role='option'][normalize-space()='Press Freedom Coalition']"));
    b.waitForUrl("coalition=press");
    b.visible(By.id("inbox"));
    assertThat(b.text(By.id("current-user"))).as("a plain member of the press coalition").contains("member")
        .doesNotContain("coordinator");
    b.screenshot("switched-coalition");

    // a link into a coalition (any page could trigger it) asks before it switches anything
    b.open("/coalition/labor");
    assertThat(b.text(By.id("switch-coalition"))).contains("Open Labor Rights Alliance?");
    b.screenshot("coalition-link-asks");
    b.click(By.id("stay-in-coalition"));
    b.visible(By.id("inbox"));
    assertThat(b.text(By.id("current-user"))).as("nothing switched by opening the link").doesNotContain("coordinator");

    // the first tab still shows, and acts in, the labor coalition
    b.driver.switchTo().window(laborTab);
    assertThat(b.text(By.id("current-user"))).contains("coordinator");
    b.type("case-title", "Raised in the tab that shows the labor coalition");
    b.type("case-summary", "Another tab of the same person switched to the press coalition meanwhile.");
    b.check("case-themes", "Labor rights");
    b.check("case-severity", "Low");
    b.choose("case-country", "Kenya");
    b.click(By.id("submit-case"));
    b.waitForText(By.id("case-status"), "In triage");
    String raised = b.shownReference();
    assertThat(raised).as("not the press coalition's reference").doesNotStartWith("PFC-");
    assertThat(TenantContext.callAs(memberships.actorFor("sam", "labor"), cases::list))
        .anySatisfy(c -> assertThat(c.reference()).isEqualTo(raised));
    assertThat(TenantContext.callAs(memberships.actorFor("sam", "press"), cases::list))
        .noneSatisfy(c -> assertThat(c.reference()).isEqualTo(raised));
    b.driver.navigate().refresh();
    b.waitForText(By.id("case-status"), "In triage");
    assertThat(b.text(By.id("current-user"))).as("a reload keeps the tab's coalition").contains("coordinator");

    for (String handle : b.driver.getWindowHandles()) {
      if (!handle.equals(laborTab)) {
        b.driver.switchTo().window(handle).close();
      }
    }
    b.driver.switchTo().window(laborTab);
  }

  @Test
  @Order(5)
  void a_coordinator_changes_the_timer_settings_as_a_number_and_a_unit() {
    Browser b = signedIn("milo", "/settings");
    b.visible(By.id("settings"));
    assertThat(b.driver.findElements(By.id("save-settings"))).as("members only read the settings").isEmpty();

    b.signIn("cora", PASSWORD);
    b.open("/settings");
    // stored as ISO 8601 (P7D), read as a number and a unit
    assertThat(b.visible(By.cssSelector("#settings-follow-up-interval-amount input")).getDomProperty("value"))
        .isEqualTo("1");
    assertThat(b.text(By.cssSelector("#settings-follow-up-interval-unit vaadin-select-value-button")))
        .isEqualTo("weeks");
    assertThat(b.text(By.id("settings"))).doesNotContainPattern("\\bP\\d+[DWMY]\\b|\\bPT\\d+[HM]\\b");
    b.type("settings-follow-up-interval-amount", "");
    b.click(By.id("save-settings"));
    b.expectError("settings-follow-up-interval", "Give a number of weeks, or choose another unit.");
    b.screenshot("settings-missing-duration");
    Actor cora = memberships.actorFor("cora", "press");
    assertThat(TenantContext.callAs(cora, settings::current).followUpInterval()).as("nothing saved").isEqualTo("P7D");

    b.type("settings-follow-up-interval-amount", "10");
    b.select("settings-follow-up-interval-unit", "days");
    b.click(By.id("save-settings"));
    b.waitForText(By.cssSelector("vaadin-notification-card"), "Settings saved");
    assertThat(TenantContext.callAs(cora, settings::current).followUpInterval()).isEqualTo("P10D");
    b.open("/settings");
    assertThat(b.visible(By.cssSelector("#settings-follow-up-interval-amount input")).getDomProperty("value"))
        .isEqualTo("10");
    assertThat(b.text(By.cssSelector("#settings-follow-up-interval-unit vaadin-select-value-button")))
        .isEqualTo("days");

    // when each kind of step is due: Liaison's default shown in words, the coalition's own period saved
    assertThat(b.text(By.id("due-periods-grid"))).contains("Triage case").contains("Draft outreach")
        .doesNotContain("Task_TriageCase").doesNotContain("Assess risk");
    assertThat(b.visible(By.cssSelector("#due-Task_TriageCase-amount input")).getDomProperty("value")).isEqualTo("2");
    try {
      b.type("due-Task_TriageCase-amount", "1");
      b.click(By.id("save-due-periods"));
      b.waitForText(By.cssSelector("vaadin-notification-card"), "Saved: 1 changed");
      assertThat(TenantContext.callAs(cora, duePeriods::current)).containsEntry("Task_TriageCase", "P1D");
      b.screenshot("settings-due-periods");
    } finally { // other journeys count on the default
      TenantContext.runAs(cora, () -> duePeriods.change("Task_TriageCase", "P2D"));
    }
  }

  @Test
  @Order(6)
  void a_coordinator_maps_the_embassy_its_stated_priority_and_an_officer() {
    Browser b = signedIn("cora", "/contacts");
    b.visible(By.id("contacts"));
    b.click(By.id("add-embassy"));
    b.choose("embassy-country", "Kenya");
    b.type("embassy-city", "Kisumu");
    b.type("embassy-website", "https://ke.usembassy.gov");
    b.click(By.id("save-embassy"));
    String embassy = "[data-embassy='Kisumu']";
    b.waitForText(By.cssSelector(embassy), "U.S. Embassy Kisumu, Kenya");
    assertThat(b.text(By.cssSelector(embassy + " .embassy-local-time")))
        .as("Kenya's zone when none is chosen").isEqualTo("Local time: Africa/Nairobi (" + org.liaison.ui.Labels.zone(java.time.ZoneId.of("Africa/Nairobi")) + ")");

    b.click(By.cssSelector(embassy + " vaadin-button[data-action='add-priority']"));
    b.type("priority-objective", "Protect press freedom ahead of the elections");
    b.type("priority-source", "the embassy website");
    b.click(By.id("save-priority"));
    b.expectError("priority-source", "Give a web address starting with http:// or https://.");
    b.type("priority-source", "https://ke.usembassy.gov/press-freedom");
    b.click(By.id("save-priority"));
    b.waitForText(By.cssSelector(embassy), "Protect press freedom ahead of the elections");

    b.click(By.cssSelector(embassy + " vaadin-button[data-action='add-officer']"));
    b.type("officer-name", "Jane Doe");
    b.type("officer-title", "Human rights officer");
    b.click(By.id("officer-portfolio"));
    b.click(By.xpath("//vaadin-select-item[@role='option'][normalize-space()='Human rights']"));
    b.type("officer-cadence-amount", "8");
    b.select("officer-cadence-unit", "weeks");
    b.click(By.id("save-officer"));
    b.waitForText(By.cssSelector(embassy), "Jane Doe, Human rights officer — Human rights");
    b.screenshot("contacts");
  }

  @Test
  @Order(7)
  void a_coordinator_reads_the_coalitions_sent_mail_queued_then_caught_and_nobody_else_does() {
    String subject = "Journalists detained in Nairobi " + UUID.randomUUID().toString().substring(0, 8);
    OutgoingMail mail = new OutgoingMail("journey:" + subject, List.of("hro@nairobi.embassy.example"), subject,
        "Dear officer,\nThree journalists are held without charge.\n<b>Text, not markup</b>");
    TenantContext.runAs(memberships.actorFor("cora", "press"), () -> tx.executeWithoutResult(s -> outbox.enqueue(mail)));

    Browser b = browser();
    b.signIn("cora", PASSWORD);
    b.visible(By.cssSelector("vaadin-side-nav-item[path='sent-mail']"));
    b.open("/sent-mail");
    b.waitForText(By.id("sent-mail-grid"), subject);
    assertThat(b.text(By.id("sent-mail-intro"))).contains("No mail server is configured");
    String row = "//vaadin-grid-cell-content[normalize-space()='" + subject + "']";
    b.click(By.xpath(row));
    b.waitForText(By.id("sent-mail-message"), "Waiting to be sent");

    dispatcher.dispatchOnce();
    b.open("/sent-mail");
    b.click(By.xpath(row));
    b.waitForText(By.id("sent-mail-message"), "Caught here, not sent (no mail server) · 1 attempt(s)");
    assertThat(b.text(By.id("sent-mail-message"))).contains("To: hro@nairobi.embassy.example");
    assertThat(b.text(By.id("sent-mail-body"))).contains("Three journalists are held without charge.")
        .contains("<b>Text, not markup</b>");
    assertThat(b.visible(By.id("sent-mail-body")).findElements(By.tagName("b"))).isEmpty();
    assertThat(b.text(By.id("sent-mail-grid"))).as("one honest status: nothing left this machine")
        .contains("Caught here, not sent (no mail server)").doesNotContain("Mail catcher");
    b.screenshot("sent-mail");

    b.signIn("milo", PASSWORD);
    assertThat(b.driver.findElements(By.cssSelector("vaadin-side-nav-item[path='sent-mail']")))
        .as("a member has no Sent mail entry").isEmpty();
    b.open("/sent-mail");
    b.waitForText(By.id("not-allowed"), "Not for your role");
    assertThat(b.driver.getPageSource()).doesNotContain(subject);
    b.screenshot("sent-mail-not-for-members");

    String laborSubject = "Garment workers dismissed " + UUID.randomUUID().toString().substring(0, 8);
    TenantContext.runAs(memberships.actorFor("lena", "labor"), () -> tx.executeWithoutResult(s -> outbox.enqueue(
        new OutgoingMail("journey:" + laborSubject, List.of("labor@dhaka.embassy.example"), laborSubject, "Text"))));
    b.signIn("lena", PASSWORD);
    b.open("/sent-mail");
    b.waitForText(By.id("sent-mail-grid"), laborSubject);
    assertThat(b.driver.getPageSource()).as("another coalition's coordinator").doesNotContain(subject);
  }

  @Test
  @Order(8)
  void the_owner_withdraws_a_case_with_a_reason_and_its_steps_disappear() {
    String withdrawn = TenantContext.callAs(memberships.actorFor("milo", "press"),
        () -> cases.raise(new NewCase("Case raised by mistake <script>alert(1)</script>", "Duplicate of another case",
            "KE", Set.of(Theme.OTHER), Severity.LOW))).reference();
    Browser b = signedIn("milo", "/cases/" + withdrawn);
    // a script in what people type is shown as text, never run
    assertThat(b.text(By.id("case-heading"))).contains("Case raised by mistake <script>alert(1)</script>");
    assertThat(b.driver.findElements(By.cssSelector("#case-heading script"))).isEmpty();
    b.click(By.id("withdraw-case"));
    b.click(By.id("confirm-withdraw"));
    b.expectError("withdraw-reason", "Say why the case is withdrawn; the coalition will read it on the case.");
    b.type("withdraw-reason", "Raised twice by mistake.");
    b.click(By.id("confirm-withdraw"));
    b.waitForText(By.id("case-status"), "Withdrawn");
    assertThat(b.text(By.id("case-waiting"))).contains("Nothing: no step is open and the case awaits no reply or date.");
    assertThat(b.text(By.id("case-timeline"))).contains("Raised twice by mistake.");
    assertThat(b.driver.findElements(By.id("withdraw-case"))).isEmpty();
    b.screenshot("case-withdrawn");
  }
}
