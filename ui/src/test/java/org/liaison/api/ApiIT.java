package org.liaison.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The REST API with local accounts: who may call it, in which coalition, and what bad input gets. */
class ApiIT extends AppIT {

  static final String MILO = Api.basic("milo", "liaison");

  @LocalServerPort int port;

  Api api() {
    return new Api(port);
  }

  static void assertProblem(ResponseEntity<String> response, int status, String contains) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).contains(contains).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void without_valid_credentials_the_api_answers_401() {
    assertProblem(api().get("/api/cases", null, "press"), 401, "Sign-in required");
    assertProblem(api().get("/api/cases", Api.basic("milo", "wrong"), "press"), 401, "Sign-in required");
    assertProblem(api().get("/api/cases", "Bearer not-a-token", "press"), 401, "Sign-in required");
  }

  @Test
  void the_engines_rest_api_and_webapps_are_not_served() {
    for (String path : List.of("/engine-rest/engine", "/engine-rest/task", "/camunda/app/welcome/default/", "/camunda/api/engine/engine/")) {
      ResponseEntity<String> answer = api().get(path, MILO, "press");
      assertThat(answer.getStatusCode().value()).as(path).isNotEqualTo(200);
      assertThat(String.valueOf(answer.getBody())).as(path).doesNotContain("\"name\":\"default\"").doesNotContain("Camunda");
    }
  }

  @Test
  void a_coalition_the_caller_is_not_a_member_of_is_403() {
    assertProblem(api().get("/api/cases", MILO, "labor"), 403, "not a member of coalition 'labor'");
    assertProblem(api().get("/api/cases", MILO, "no-such-coalition"), 403, "not a member");
    assertProblem(api().get("/api/cases", Api.basic("sam", "liaison"), null), 403, "X-Coalition");
  }

  @Test
  void a_member_raises_and_reads_cases_and_bad_input_saves_nothing() {
    ResponseEntity<String> before = api().get("/api/cases", MILO, "press");
    assertThat(before.getStatusCode().value()).isEqualTo(200);

    ResponseEntity<String> invalid = api().call(HttpMethod.POST, "/api/cases", MILO, "press",
        "{\"title\":\"\",\"summary\":\"x\",\"country\":\"XX\",\"themes\":[],\"severity\":\"HIGH\"}");
    assertProblem(invalid, 400, "Invalid input");
    assertThat(invalid.getBody()).contains("\"title\":\"Give the case a title.\"")
        .contains("\"country\":\"Choose a country from the list").contains("\"themes\"");
    assertProblem(api().call(HttpMethod.POST, "/api/cases", MILO, "press", "{not json"), 400, "Unreadable request body");
    assertProblem(api().call(HttpMethod.POST, "/api/cases", MILO, "press",
        "{\"title\":\"t\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"NO_SUCH_THEME\"],\"severity\":\"HIGH\"}"),
        400, "Unreadable request body");
    assertThat(api().get("/api/cases", MILO, "press").getBody()).isEqualTo(before.getBody());

    ResponseEntity<String> created = api().call(HttpMethod.POST, "/api/cases", MILO, "press",
        "{\"title\":\"Raised through the API\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}");
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String location = created.getHeaders().getLocation().toString();
    assertThat(location).matches("/api/cases/PFC-\\d{4}-\\d{4}");
    assertThat(api().get(location, MILO, "press").getBody()).contains("Raised through the API").contains("IN_TRIAGE");
    assertThat(api().get(location + "/timeline", MILO, "press").getBody()).contains("RAISED");
    assertProblem(api().get("/api/cases/PFC-1999-9999", MILO, "press"), 404, "not found");
  }

  @Test
  void a_reply_for_a_case_in_triage_is_409_naming_the_case_and_message_and_a_withdrawal_needs_a_reason() {
    ResponseEntity<String> created = api().call(HttpMethod.POST, "/api/cases", MILO, "press",
        "{\"title\":\"Waiting for triage\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}");
    String location = created.getHeaders().getLocation().toString();
    String reference = location.substring(location.lastIndexOf('/') + 1);
    String timeline = api().get(location + "/timeline", MILO, "press").getBody();

    ResponseEntity<String> reply = api().call(HttpMethod.POST, location + "/replies", MILO, "press",
        "{\"officerId\":\"" + java.util.UUID.randomUUID() + "\",\"summary\":\"Yes\",\"receivedOn\":\"2026-01-05\"}");
    assertProblem(reply, 404, "not found"); // an officer that is not the coalition's
    assertProblem(api().call(HttpMethod.POST, location + "/replies", MILO, "press", "{}"), 400, "Invalid input");
    assertProblem(api().call(HttpMethod.POST, location + "/withdrawal", MILO, "press", "{\"reason\":\" \"}"),
        400, "Say why the case is withdrawn");
    assertThat(api().get(location + "/timeline", MILO, "press").getBody()).isEqualTo(timeline);

    ResponseEntity<String> withdrawn = api().call(HttpMethod.POST, location + "/withdrawal", MILO, "press",
        "{\"reason\":\"Raised by mistake\"}");
    assertThat(withdrawn.getStatusCode().value()).isEqualTo(204);
    assertThat(api().get(location, MILO, "press").getBody()).contains("WITHDRAWN");
    ResponseEntity<String> again = api().call(HttpMethod.POST, location + "/withdrawal", MILO, "press",
        "{\"reason\":\"Again\"}");
    assertProblem(again, 409, "Nothing in " + reference + " is waiting for Msg_CaseWithdrawn");
    assertThat(again.getBody()).contains("\"message\":\"Msg_CaseWithdrawn\"").contains("\"record\":\"" + reference + "\"");
  }

  @Test
  void settings_with_a_duration_that_is_not_iso_8601_get_400_and_members_get_403() {
    String lena = Api.basic("lena", "liaison");
    String body = "{\"followUpInterval\":\"7 days\",\"followUpsBeforeEscalation\":3,\"contactCadence\":\"P90D\","
        + "\"defenderAssessmentSla\":\"PT4H\",\"hearingRequestLead\":\"P7D\",\"hrrSubmissionWindow\":\"P28D\","
        + "\"hrrReminderBefore\":\"P7D\",\"defenderMonitoringInterval\":\"P7D\"}";
    ResponseEntity<String> invalid = api().call(HttpMethod.PUT, "/api/settings", lena, "labor", body);
    assertProblem(invalid, 400, "followUpInterval");
    assertThat(invalid.getBody()).contains("positive ISO 8601 duration");
    assertThat(api().get("/api/settings", lena, "labor").getBody()).contains("\"followUpInterval\":\"P7D\"");

    assertProblem(api().call(HttpMethod.PUT, "/api/settings", Api.basic("tomas", "liaison"), "labor",
        body.replace("7 days", "P3D")), 403, "coordinator or an admin");
    ResponseEntity<String> ok = api().call(HttpMethod.PUT, "/api/settings", lena, "labor", body.replace("7 days", "P3D"));
    assertThat(ok.getStatusCode().value()).isEqualTo(200);
    assertThat(api().get("/api/settings", Api.basic("tomas", "liaison"), "labor").getBody()).contains("\"P3D\"");
  }
}
