package org.liaison.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.api.ApiIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.liaison.cases.CaseService;
import org.liaison.cases.Severity;
import org.liaison.cases.Triage;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The API's contract for what goes wrong: every error under {@code /api} is
 * {@code application/problem+json} with the right status (never HTML, never 500 for bad input),
 * JSON is read strictly (no guessing), and what was refused left nothing behind.
 */
class ApiContractIT extends AppIT {

  static final String MILO = Api.basic("milo", "liaison");
  static final String CORA = Api.basic("cora", "liaison");
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired MembershipService memberships;
  @Autowired CaseService cases;

  Api api() {
    return new Api(port);
  }

  @Test
  void unknown_paths_wrong_methods_and_wrong_media_types_are_problems_not_pages() {
    assertProblem(api().get("/api/no-such-thing", MILO, "press"), 404, "No such endpoint in Liaison's API");
    assertProblem(api().get("/api/cases/PFC-2026-0001/no-such-part", MILO, "press"), 404, "Not found");

    ResponseEntity<String> delete = api().call(HttpMethod.DELETE, "/api/cases", MILO, "press", null);
    assertProblem(delete, 405, "DELETE");
    assertThat(delete.getHeaders().getAllow()).contains(HttpMethod.GET, HttpMethod.POST);

    HttpResponse<String> text = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
        .header("Authorization", MILO).header("X-Coalition", "press").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("Raise a case about the harbour")).build());
    assertThat(text.statusCode()).as(text.body()).isEqualTo(415);
    assertThat(text.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(text.body()).contains("text/plain").contains("application/json");

    HttpResponse<String> untyped = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
        .header("Authorization", MILO).header("X-Coalition", "press")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"No type\"}")).build());
    assertThat(untyped.statusCode()).as(untyped.body()).isEqualTo(415);
    assertThat(untyped.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(untyped.body()).contains("Content-Type: application/json");
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
          .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void json_is_read_as_written_and_every_refusal_names_the_field() throws Exception {
    String before = api().get("/api/cases", MILO, "press").getBody();

    assertField(post("{\"title\":\"t\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":1}"),
        "severity", "must be one of LOW, MEDIUM, HIGH, CRITICAL");
    assertField(post("{\"title\":12345,\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}"),
        "title", "must be a text (in quotes)");
    assertField(post("{\"title\":\"t\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":\"LOW\","
        + "\"sevrity\":\"HIGH\"}"), "sevrity", "is not a field of this request");
    assertField(post("{\"title\":\"t\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\", 7],\"severity\":\"LOW\"}"),
        "themes[1]", "must be one of");
    assertField(post("{\"title\":\"Nul\\u0000byte\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],"
        + "\"severity\":\"LOW\"}"), "title", "Remove the invisible character U+0000");
    assertField(post("{\"title\":\"Reads \\u202Ebackwards\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],"
        + "\"severity\":\"LOW\"}"), "title", "Remove the invisible character U+202E");

    assertThat(api().get("/api/cases", MILO, "press").getBody()).as("nothing was saved").isEqualTo(before);
  }

  @Test
  void a_list_of_a_hundred_thousand_items_under_the_body_cap_is_refused_before_it_is_read() throws Exception {
    String before = rowCounts();
    String themes = String.join(",", java.util.Collections.nCopies(100_000, "\"OTHER\""));
    String body = "{\"title\":\"t\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[" + themes
        + "],\"severity\":\"LOW\"}";
    assertThat(body.length()).as("under the 1 MB body cap").isLessThan(1024 * 1024);
    ResponseEntity<String> refused = post(body);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("lists of a few hundred items").contains("nothing was saved");
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  void a_duration_beyond_any_sane_bound_is_refused_with_the_reason() throws Exception {
    String settings = api().get("/api/settings", CORA, "press").getBody();
    JsonNode node = JSON.readTree(settings);
    ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("followUpInterval", "P999999999999D");
    ResponseEntity<String> refused = api().call(HttpMethod.PUT, "/api/settings", CORA, "press", node.toString());
    assertField(refused, "followUpInterval", "Choose between 1 hour and 1 year");
    ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("followUpInterval", "P2Y");
    assertField(api().call(HttpMethod.PUT, "/api/settings", CORA, "press", node.toString()), "followUpInterval",
        "a follow-up later than a year no longer follows anything up");
    assertThat(api().get("/api/settings", CORA, "press").getBody()).isEqualTo(settings);
  }

  @Test
  void handing_back_a_task_assigned_by_ownership_is_409_saying_to_ask_a_coordinator() throws Exception {
    ResponseEntity<String> created = post("{\"title\":\"Owned step\",\"summary\":\"s\",\"country\":\"KE\","
        + "\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}");
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String reference = JSON.readTree(created.getBody()).get("reference").asText();
    String triage = task(CORA, reference).get("id").asText();
    TenantContext.runAs(memberships.actorFor("cora", "press"),
        () -> cases.triage(triage, new Triage(Severity.LOW, null)));

    JsonNode align = task(MILO, reference); // assigned to milo because he owns the case
    assertThat(align.get("assignee").asText()).isEqualTo("milo");
    assertProblem(api().call(HttpMethod.POST, "/api/tasks/" + align.get("id").asText() + "/unclaim", MILO, "press", null),
        409, "ask a coordinator to reassign it");
    assertThat(task(MILO, reference).get("assignee").asText()).as("still his").isEqualTo("milo");
  }

  @Test
  void pages_and_answers_carry_the_security_headers_and_a_lax_cookie_only_session() throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
    assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

    HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    List<String> cookies = root.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
    assertThat(root.headers().firstValue("Location").orElse("")).doesNotContain("jsessionid");
    // plain http on localhost (the embedded default) keeps working: no Secure cookie, no HSTS
    assertThat(cookies).noneSatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));
    assertThat(root.headers().firstValue("Strict-Transport-Security")).isEmpty();

    // reached over https through a proxy (forwarded headers on, as deploy/README.md says): HSTS for a
    // year with subdomains, and a session cookie the browser sends over https only
    HttpResponse<String> https = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
        .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(https.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000 ; includeSubDomains");
    assertThat(https.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure").contains("SameSite=Lax"));

    ResponseEntity<String> api = api().get("/api/cases", MILO, "press");
    assertThat(api.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'");

    // an anonymous visitor learns no product or version from a page, a refusal or a missing path
    HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/no-such-thing")).build(), HttpResponse.BodyHandlers.ofString());
    for (HttpResponse<String> answer : List.of(login, root, missing)) {
      assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
      assertThat(answer.headers().firstValue("Server")).isEmpty();
      assertThat(answer.body()).doesNotContainPattern("(?i)(vaadin|spring|tomcat|java)[ /:-]*v?\\d+\\.\\d+")
          .doesNotContain(System.getProperty("java.version"));
    }
  }

  @Test
  void lists_are_paged_with_a_bounded_size_a_total_and_a_stable_order_and_bad_values_are_named() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(post("{\"title\":\"Paged " + i + "\",\"summary\":\"Paging through the harbour list\","
          + "\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}").getStatusCode().value()).isEqualTo(201);
    }
    JsonNode first = JSON.readTree(api().get("/api/cases?size=2&q=harbour&sort=title&direction=asc", MILO, "press").getBody());
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("size").asInt()).isEqualTo(2);
    assertThat(first.get("total").asInt()).isEqualTo(3);
    assertThat(first.get("items")).hasSize(2);
    assertThat(first.get("items").get(0).get("title").asText()).isEqualTo("Paged 0");
    JsonNode second = JSON.readTree(api().get("/api/cases?size=2&page=1&q=harbour&sort=title&direction=asc", MILO, "press")
        .getBody());
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("title").asText()).isEqualTo("Paged 2");

    assertField(api().get("/api/cases?size=101", MILO, "press"), "size", "1 to 100");
    assertField(api().get("/api/cases?size=0", MILO, "press"), "size", "1 to 100");
    assertField(api().get("/api/cases?page=-1", MILO, "press"), "page", "from 0");
    assertField(api().get("/api/cases?status=NOT_A_STATUS", MILO, "press"), "status", "one of");
    assertField(api().get("/api/cases?severity=7", MILO, "press"), "severity", "one of");
    assertField(api().get("/api/cases?country=Kenya", MILO, "press"), "country", "ISO 3166");
    assertField(api().get("/api/cases?sort=password", MILO, "press"), "sort", "Sort by one of");
    assertField(api().get("/api/cases?direction=sideways", MILO, "press"), "direction", "one of");
    assertField(api().get("/api/officers?size=500", MILO, "press"), "size", "1 to 100");
    assertField(api().get("/api/embassies?country=kenya", MILO, "press"), "country", "ISO 3166");
    assertField(api().get("/api/tasks?size=1000", MILO, "press"), "size", "1 to 100");
    assertField(api().get("/api/tasks?view=everything", MILO, "press"), "view", "Choose one of");
    assertField(api().get("/api/tasks?due=yesterday", MILO, "press"), "due", "Choose one of");
    assertField(api().get("/api/tasks?sort=assignee", MILO, "press"), "sort", "Choose one of");
    assertField(api().get("/api/tasks?lifecycle=Robert');DROP", MILO, "press"), "lifecycle", "raise-issue");
    assertProblem(api().get("/api/tasks?view=all", MILO, "press"), 403, "coordinator");
    for (String list : List.of("/api/officers", "/api/embassies", "/api/tasks")) {
      JsonNode page = JSON.readTree(api().get(list, MILO, "press").getBody());
      assertThat(page.has("items") && page.has("total") && page.has("page") && page.has("size")).as(list).isTrue();
    }
  }

  @Test
  void the_task_list_filters_and_pages_on_the_server_and_a_hand_over_names_who_may_not_take_it() throws Exception {
    ResponseEntity<String> created = post("{\"title\":\"Quokka hearing\",\"summary\":\"s\",\"country\":\"KE\","
        + "\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}");
    String reference = JSON.readTree(created.getBody()).get("reference").asText();
    JsonNode page = JSON.readTree(api().get("/api/tasks?view=team&q=quokka&sort=due&due=week&size=5", CORA, "press")
        .getBody());
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("size").asInt()).isEqualTo(5);
    JsonNode triage = page.get("items").get(0);
    assertThat(triage.get("caseReference").asText()).isEqualTo(reference);
    assertThat(triage.get("due").asText()).as("triage is due after the coalition's period").isNotBlank();
    assertThat(JSON.readTree(api().get("/api/tasks?view=mine&q=quokka", CORA, "press").getBody()).get("total").asLong())
        .isZero();

    String id = triage.get("id").asText();
    assertField(api().call(HttpMethod.POST, "/api/tasks/" + id + "/hand-over", CORA, "press", "{\"to\":\"lena\"}"),
        "to", "not a member of this coalition");
    assertField(api().call(HttpMethod.POST, "/api/tasks/" + id + "/hand-over", CORA, "press", "{\"to\":\"milo\"}"),
        "to", "does not hold the role");
    assertProblem(api().call(HttpMethod.POST, "/api/tasks/" + id + "/hand-over", MILO, "press", "{\"to\":\"cora\"}"),
        403, "coordinator");
  }

  @Test
  void a_case_is_corrected_with_its_version_and_a_stale_version_is_409() throws Exception {
    JsonNode created = JSON.readTree(post("{\"title\":\"Corrected by API\",\"summary\":\"s\",\"country\":\"KE\","
        + "\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}").getBody());
    String path = "/api/cases/" + created.get("reference").asText();
    int version = created.get("version").asInt();
    String body = "{\"version\":" + version + ",\"title\":\"Corrected title\",\"summary\":\"s\",\"country\":\"KE\","
        + "\"themes\":[\"OTHER\"],\"severity\":\"HIGH\"}";
    ResponseEntity<String> ok = api().call(HttpMethod.PUT, path, MILO, "press", body);
    assertThat(ok.getStatusCode().value()).as(ok.getBody()).isEqualTo(200);
    assertThat(JSON.readTree(ok.getBody()).get("title").asText()).isEqualTo("Corrected title");
    assertProblem(api().call(HttpMethod.PUT, path, CORA, "press", body.replace("Corrected title", "Late")), 409,
        "changed by someone else");
    assertField(api().call(HttpMethod.PUT, path, MILO, "press", body.replace("\"version\":" + version + ",", "")),
        "version", "Send the version");
    JsonNode history = JSON.readTree(api().get(path + "/history", MILO, "press").getBody()).get("items");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("field").asText()).isEqualTo("title");
    assertThat(history.get(0).get("newValue").asText()).isEqualTo("Corrected title");
    assertThat(JSON.readTree(api().get(path, MILO, "press").getBody()).get("title").asText()).isEqualTo("Corrected title");
  }

  private JsonNode task(String who, String reference) throws Exception {
    for (JsonNode t : JSON.readTree(api().get("/api/tasks?size=100", who, "press").getBody()).get("items")) {
      if (reference.equals(t.get("caseReference").asText())) {
        return t;
      }
    }
    throw new AssertionError("no task of " + reference);
  }

  private ResponseEntity<String> post(String body) {
    return api().call(HttpMethod.POST, "/api/cases", MILO, "press", body);
  }

  private static void assertField(ResponseEntity<String> response, String field, String message) throws Exception {
    assertProblem(response, 400, "errors");
    JsonNode errors = JSON.readTree(response.getBody()).get("errors");
    assertThat(errors.has(field)).as("errors %s name %s", errors, field).isTrue();
    assertThat(errors.get(field).asText()).contains(message);
  }
}
