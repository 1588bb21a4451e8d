package org.liaison.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.api.ApiIT.assertProblem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api/reports}: JSON and CSV (byte-order mark, RFC 4180 quoting, the formula guard) for a
 * coordinator, 400 problems naming the bad filter, 403 for a member.
 */
class ReportsApiIT extends AppIT {

  static final String CORA = Api.basic("cora", "liaison");
  static final String MILO = Api.basic("milo", "liaison");
  static final String LENA = Api.basic("lena", "liaison");

  @LocalServerPort int port;

  Api api() {
    return new Api(port);
  }

  /** An embassy whose name a spreadsheet would run as a formula, with a comma and quotes; written as the owner. */
  static UUID embassy(String tenant, String country, String city) throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(database().url(), database().username(), database().password());
        PreparedStatement st = c.prepareStatement(
            "insert into app.embassy (id, tenant_id, country, city, created_at) values (?, ?, ?, ?, now())")) {
      st.setObject(1, id);
      st.setString(2, tenant);
      st.setString(3, country);
      st.setString(4, city);
      st.executeUpdate();
    }
    return id;
  }

  @Test
  void a_coordinator_gets_each_report_as_json() {
    for (String report : new String[] {"overview", "cycle-times", "embassies"}) {
      ResponseEntity<String> answer = api().get("/api/reports/" + report, CORA, "press");
      assertThat(answer.getStatusCode().value()).as(report + ": " + answer.getBody()).isEqualTo(200);
      assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    }
    assertThat(api().get("/api/reports/overview", CORA, "press").getBody()).contains("\"openCasesByStatus\"")
        .contains("\"casesPerMonth\"").contains("\"stepsHaveDueDates\"");
    assertThat(api().get("/api/reports/cycle-times", CORA, "press").getBody()).contains("\"raised-to-triaged\"");
  }

  @Test
  void csv_has_a_byte_order_mark_quotes_and_guards_formulas() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    UUID id = embassy("press", "KE", "=SUM(1,2) \"Nairobi\" " + suffix);
    ResponseEntity<String> csv = api().get("/api/reports/embassies?format=csv&embassy=" + id, CORA, "press");
    assertThat(csv.getStatusCode().value()).as(csv.getBody()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("liaison-embassies.csv");
    assertThat(csv.getBody()).isEqualTo("\uFEFFcountry,city,outreach_sent,replies,reply_rate,median_days_to_first_reply,"
        + "meetings_held,next_steps_agreed,next_steps_done\r\nKE,\"'=SUM(1,2) \"\"Nairobi\"\" " + suffix + "\",0,0,,,0,0,0\r\n");

    ResponseEntity<String> months = api().get("/api/reports/overview?format=csv&table=cases-per-month&to=2026-06-30",
        CORA, "press");
    assertThat(months.getBody()).startsWith("\uFEFFmonth,opened,closed\r\n2025-07,").contains("\r\n2026-06,");
    assertThat(months.getBody().split("\r\n")).hasSize(13);
    assertThat(api().get("/api/reports/cycle-times?format=csv", CORA, "press").getBody())
        .startsWith("\uFEFFmeasure,count,median_hours,p90_hours\r\nraised-to-triaged,");
  }

  @Test
  void bad_filters_are_400_problems_naming_the_field() throws Exception {
    assertProblem(api().get("/api/reports/overview?from=2026-13-01", CORA, "press"), 400, "\"from\"");
    assertProblem(api().get("/api/reports/cycle-times?to=yesterday", CORA, "press"), 400, "\"to\"");
    assertProblem(api().get("/api/reports/overview?from=2026-05-01&to=2026-04-01", CORA, "press"), 400,
        "\"from\":\"The period starts after it ends");
    assertProblem(api().get("/api/reports/embassies?embassy=" + UUID.randomUUID(), CORA, "press"), 400,
        "\"embassy\":\"No such embassy in this coalition.\"");
    assertProblem(api().get("/api/reports/embassies?embassy=not-an-id", CORA, "press"), 400, "\"embassy\"");
    UUID labors = embassy("labor", "BD", "Dhaka " + UUID.randomUUID().toString().substring(0, 8));
    assertProblem(api().get("/api/reports/embassies?embassy=" + labors, CORA, "press"), 400,
        "\"embassy\":\"No such embassy in this coalition.\"");
    assertThat(api().get("/api/reports/embassies?embassy=" + labors, LENA, "labor").getStatusCode().value()).isEqualTo(200);
    assertProblem(api().get("/api/reports/overview?country=Kenya", CORA, "press"), 400, "\"country\"");
    assertProblem(api().get("/api/reports/overview?theme=NOPE", CORA, "press"), 400, "\"theme\"");
    assertProblem(api().get("/api/reports/overview?process=nope", CORA, "press"), 400, "\"process\"");
    assertProblem(api().get("/api/reports/overview?format=xml", CORA, "press"), 400, "\"format\"");
    assertProblem(api().get("/api/reports/overview?format=csv&table=nope", CORA, "press"), 400, "\"table\"");
  }

  @Test
  void members_get_403() {
    for (String path : new String[] {"/api/reports/overview", "/api/reports/cycle-times?format=csv", "/api/reports/embassies"}) {
      assertProblem(api().get(path, MILO, "press"), 403, "Reports are for the coalition's coordinators and admins");
    }
  }
}
