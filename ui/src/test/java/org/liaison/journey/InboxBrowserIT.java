package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.cases.Triage;
import org.liaison.inbox.InboxItem;
import org.liaison.inbox.InboxService;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The team inbox in a real Chromium: a coordinator finds a member's step by searching a word of the
 * case title in All open, orders by due date, sees its due date, and hands it to a colleague, whose
 * own inbox then has it.
 */
class InboxBrowserIT extends BrowserIT {

  @Autowired CaseService cases;
  @Autowired InboxService inbox;
  @Autowired MembershipService memberships;
  @Autowired org.liaison.notifications.Notifications notifications;

  @Test
  void a_coordinator_filters_sorts_and_hands_a_members_step_to_a_colleague() {
    var milo = memberships.actorFor("milo", "press");
    var cora = memberships.actorFor("cora", "press");
    CaseDetails quetzal = TenantContext.callAs(milo, () -> cases.raise(new NewCase("Quetzal radio licence revoked",
        "A community radio lost its licence", "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH)));
    TenantContext.callAs(milo, () -> cases.raise(new NewCase("Unrelated eviction", "Families evicted", "KE",
        Set.of(Theme.OTHER), Severity.LOW)));
    String triage = TenantContext.callAs(cora, () -> inbox.tasks()).stream().map(InboxItem::task)
        .filter(t -> quetzal.reference().equals(t.businessKey())).findFirst().orElseThrow().id();
    TenantContext.runAs(cora, () -> cases.triage(triage, new Triage(Severity.HIGH, null)));

    Browser b = signedIn("cora", "/");
    b.click(By.id("inbox-view-all-open"));
    b.type("inbox-search", "quetzal");
    b.waitForText(By.id("inbox-count"), "1 found");
    b.choose("inbox-sort", "Due first");
    String row = "[data-case='" + quetzal.reference() + "'][data-step='Task_AlignWithPriorities']";
    b.visible(By.cssSelector("vaadin-button[data-action='hand-over']" + row));
    assertThat(b.text(By.id("inbox-grid"))).contains(quetzal.reference()).contains("milo")
        .doesNotContain("Unrelated eviction");
    assertThat(b.text(By.id("inbox-views"))).contains("All open (").contains("Team (");
    b.screenshot("inbox-all-open-filtered");

    b.click(By.cssSelector("vaadin-button[data-action='hand-over']" + row));
    b.choose("hand-over-to", "sofia");
    b.screenshot("inbox-hand-over");
    b.click(By.id("hand-over-confirm"));
    b.waitForText(By.id("inbox-grid"), "sofia");
    assertThat(TenantContext.callAs(cora, () -> cases.history(quetzal.reference()))).anySatisfy(h -> {
      assertThat(h.oldValue()).isEqualTo("milo");
      assertThat(h.newValue()).isEqualTo("sofia");
    });

    b.signIn("sofia", PASSWORD);
    b.click(By.id("inbox-view-mine"));
    b.waitForText(By.id("inbox-grid"), quetzal.reference());
    b.visible(By.cssSelector("vaadin-button[data-action='open']" + row));
    // the menu says how many steps wait for her: hers and her roles' unclaimed ones, as the inbox counts them
    long waiting = TenantContext.callAs(memberships.actorFor("sofia", "press"), () -> inbox.waitingForMe());
    assertThat(waiting).isPositive();
    assertThat(b.visible(By.id("nav-inbox-count")).getAttribute("data-count")).isEqualTo(String.valueOf(waiting));
    b.screenshot("inbox-handed-over-mine");

    // the bell says she was told; the notice opens the step handed to her
    assertThat(Integer.parseInt(b.visible(By.id("notices-bell-count")).getAttribute("data-count"))).isPositive();
    b.click(By.id("notices-bell"));
    b.waitForText(By.id("notices-list"), quetzal.reference());
    assertThat(b.text(By.id("notices-list"))).contains("Align with embassy priorities").contains("is yours")
        .contains("Unread");
    b.screenshot("notices-handed-over");
    b.click(By.xpath("//vaadin-grid-cell-content[contains(., '" + quetzal.reference() + "')]"));
    new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(15))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/tasks/"));
    assertThat(TenantContext.callAs(memberships.actorFor("sofia", "press"),
        () -> notifications.latest()).get(0).unread()).as("opened: read").isFalse();
  }

  @Test
  void a_new_step_for_my_roles_appears_in_my_open_inbox_and_its_count_without_a_reload() {
    String word = "Zanzibar" + UUID.randomUUID().toString().substring(0, 6);
    Browser b = signedIn("cora", "/");
    b.type("inbox-search", word);
    b.waitForText(By.id("inbox-count"), "0 found");
    String before = b.driver.findElement(By.id("nav-inbox-count")).getAttribute("data-count");
    ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("window.liaisonNotReloaded = true;");

    long raisedAt = System.nanoTime();
    String reference = TenantContext.callAs(memberships.actorFor("milo", "press"), () -> cases.raise(new NewCase(
        word + " radio raided", "Police raided a community radio", "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION),
        Severity.HIGH))).reference();
    b.waitForText(By.id("inbox-grid"), reference);
    long shownAfterMs = (System.nanoTime() - raisedAt) / 1_000_000;
    System.out.printf("[live inbox] a new triage step showed in an open inbox %d ms after it was committed%n",
        shownAfterMs);
    b.waitForText(By.id("inbox-count"), "1 found");
    assertThat(((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("return window.liaisonNotReloaded"))
        .as("the page was not reloaded").isEqualTo(Boolean.TRUE);
    long waiting = TenantContext.callAs(memberships.actorFor("cora", "press"), () -> inbox.waitingForMe());
    b.visible(By.cssSelector("#nav-inbox-count[data-count='" + waiting + "']"));
    assertThat(waiting).as("one more than before (%s)", before).isGreaterThan(Long.parseLong(before));
    b.screenshot("inbox-live-new-step");
  }
}
