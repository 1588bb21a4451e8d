package org.liaison.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.cases.CaseService;
import org.liaison.cases.NewCase;
import org.liaison.cases.Severity;
import org.liaison.cases.Theme;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator opens Reports in a real Chromium, narrows them to an embassy, reads a figure and
 * downloads a table as CSV, which the test reads back; a member is refused.
 */
class ReportsBrowserIT extends BrowserIT {

  @Autowired CaseService cases;
  @Autowired MembershipService memberships;

  @Test
  void a_coordinator_filters_by_embassy_reads_a_figure_and_downloads_its_csv() throws Exception {
    String city = "Mombasa " + UUID.randomUUID().toString().substring(0, 6);
    try (Connection c = DriverManager.getConnection(database().url(), database().username(), database().password());
        PreparedStatement st = c.prepareStatement(
            "insert into app.embassy (id, tenant_id, country, city, created_at) values (?, 'press', 'KE', ?, now())")) {
      st.setObject(1, UUID.randomUUID());
      st.setString(2, city);
      st.executeUpdate();
    }
    TenantContext.runAs(memberships.actorFor("milo", "press"), () -> cases.raise(new NewCase("Reporter detained",
        "A reporter was detained at the border", "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH)));

    Browser b = signedIn("cora", "/");
    b.visible(By.cssSelector("vaadin-side-nav-item[path='reports']")).click(); // a real click: the link is in its shadow DOM
    b.visible(By.id("reports"));
    b.waitForText(By.id("figure-open-cases-by-status"), "In triage");
    assertThat(b.text(By.id("caption-open-steps"))).contains("how many are past their due date");
    assertThat(b.text(By.id("figure-open-steps"))).contains("Triage case").contains("Case")
        .as("no model ids on screen").doesNotContain("Task_TriageCase").doesNotContain("raise-issue");
    b.screenshot("reports-overview");

    b.choose("report-embassy", city + " (KE)"); // the whole label: Enter picks the item whose label it is
    b.click(By.id("report-apply"));
    b.visible(By.cssSelector("#report-figures[data-embassy='" + city + "']"));
    b.waitForText(By.id("table-embassies"), city);
    assertThat(b.text(By.id("figure-embassies"))).as("only the chosen embassy").doesNotContain("Nairobi")
        .doesNotContain("Kisumu");
    b.screenshot("reports-one-embassy");

    Object csv = ((JavascriptExecutor) b.driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(document.getElementById('csv-embassies').href, {credentials: 'same-origin'})"
            + ".then(r => r.arrayBuffer()).then(buf => done(Array.from(new Uint8Array(buf)).join(',')))"
            + ".catch(e => done('ERROR ' + e));");
    String[] parts = String.valueOf(csv).split(",");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i]);
    }
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFcountry,city,outreach_sent,replies,reply_rate,median_days_to_first_reply,"
        + "meetings_held,next_steps_agreed,next_steps_done\r\n").contains("KE," + city + ",0,0,,,0,0,0\r\n");
    assertThat(text.split("\r\n")).as("one embassy").hasSize(2);
  }

  @Test
  void a_coordinator_sees_where_work_waits_on_the_diagram_and_opens_a_record_waiting_at_a_step() {
    String title = "Diagram journey " + UUID.randomUUID().toString().substring(0, 6);
    String reference = TenantContext.callAs(memberships.actorFor("milo", "press"), () -> cases.raise(new NewCase(title,
        "A journalist was detained at the airport", "KE", Set.of(Theme.FREEDOM_OF_EXPRESSION), Severity.HIGH)))
        .reference();

    Browser b = signedIn("cora", "/reports");
    b.visible(By.cssSelector("#waits-diagram[data-rendered]"));
    assertThat(b.driver.findElement(By.id("waits-diagram")).getAttribute("data-error")).isNull();
    var badge = b.visible(By.cssSelector("#waits-diagram .liaison-diagram-badge[data-activity='Task_TriageCase']"));
    assertThat(Integer.parseInt(badge.getText().trim())).as("records waiting at triage").isPositive();
    assertThat(badge.getAttribute("title")).contains("waiting at Triage case");
    assertThat(b.text(By.id("table-where-work-waits"))).contains("Triage case").doesNotContain("Task_TriageCase");
    b.screenshot("reports-where-work-waits");

    badge.click();
    b.visible(By.cssSelector("#waiting-records-title[data-activity='Task_TriageCase']"));
    b.waitForText(By.id("waiting-records"), reference);
    b.click(By.linkText(reference));
    b.visible(By.cssSelector("#case-diagram-drawing[data-rendered]"));
    assertThat(b.text(By.id("case-diagram-said"))).contains("Now at: Triage case.");
    assertThat(b.driver.findElements(By.cssSelector("#case-diagram-drawing .liaison-current"))).isNotEmpty();
    b.screenshot("case-where-it-stands");
  }

  @Test
  void a_member_is_refused() {
    Browser b = signedIn("milo", "/");
    assertThat(b.driver.findElements(By.cssSelector("vaadin-side-nav-item[path='reports']"))).isEmpty();
    b.open("/reports");
    b.waitForText(By.id("not-allowed"), "Not for your role");
  }
}
