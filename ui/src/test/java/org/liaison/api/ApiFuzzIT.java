package org.liaison.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Every field of every request body the API takes gets what an attacker or a broken integration
 * sends: wrong types, null, empty, huge, NUL and other invisible characters, SQL, script. Never a
 * 500, always application/problem+json for a refusal, and a refused request writes nothing (row
 * counts of Liaison's and the engine's tables unchanged). Bodies beyond the limit are 413 whether
 * their length is declared or not.
 */
class ApiFuzzIT extends AppIT {

  static final String MILO = Api.basic("milo", "liaison");
  static final String CORA = Api.basic("cora", "liaison");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @LocalServerPort int port;

  Api api() {
    return new Api(port);
  }

  private List<JsonNode> payloads() {
    return List.of(NODES.numberNode(12345), NODES.numberNode(-1.5), NODES.booleanNode(true), NODES.arrayNode(),
        NODES.arrayNode().add(NODES.objectNode()), NODES.objectNode(), NODES.nullNode(), NODES.textNode(""),
        NODES.textNode(" "), NODES.textNode("x".repeat(30_000)), NODES.textNode("a\u0000b"),
        NODES.textNode("\u202Egnp.exe"), NODES.textNode("'); drop table app.case_file; --"),
        NODES.textNode("<script>alert(1)</script>"), NODES.textNode("9999-99-99"), NODES.textNode("P999999999999D"));
  }

  @Test
  void no_field_of_any_request_body_makes_the_api_fail_or_write_half() throws Exception {
    ResponseEntity<String> raised = api().call(HttpMethod.POST, "/api/cases", MILO, "press",
        "{\"title\":\"Fuzz target\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}");
    JsonNode fuzzCase = JSON.readTree(raised.getBody());
    String ref = fuzzCase.get("reference").asText();
    String embassy = JSON.readTree(api().call(HttpMethod.POST, "/api/embassies", CORA, "press",
        "{\"country\":\"UG\",\"city\":\"Kampala\",\"website\":\"https://ug.usembassy.gov\"}").getBody()).get("id").asText();
    String settings = api().get("/api/settings", CORA, "press").getBody();

    Map<String, String[]> endpoints = new java.util.LinkedHashMap<>();
    endpoints.put("POST /api/cases", new String[] {MILO,
        "{\"title\":\"t\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}"});
    endpoints.put("PUT /api/cases/" + ref, new String[] {MILO, "{\"version\":" + fuzzCase.get("version").asInt()
        + ",\"title\":\"t2\",\"summary\":\"s\",\"country\":\"KE\",\"themes\":[\"OTHER\"],\"severity\":\"LOW\"}"});
    endpoints.put("POST /api/cases/" + ref + "/replies", new String[] {MILO,
        "{\"officerId\":\"00000000-0000-0000-0000-000000000000\",\"summary\":\"Yes\",\"receivedOn\":\"2026-01-05\"}"});
    endpoints.put("POST /api/cases/" + ref + "/withdrawal", new String[] {MILO, "{\"reason\":\"\"}"});
    endpoints.put("PUT /api/settings", new String[] {CORA, settings});
    endpoints.put("POST /api/embassies", new String[] {CORA,
        "{\"country\":\"TZ\",\"city\":\"Dodoma\",\"website\":\"https://tz.usembassy.gov\"}"});
    endpoints.put("POST /api/embassies/" + embassy + "/priorities", new String[] {CORA,
        "{\"objective\":\"Free press\",\"sourceUrl\":\"https://ug.usembassy.gov/x\",\"capturedOn\":\"2026-11-01\"}"});
    endpoints.put("POST /api/officers", new String[] {CORA, "{\"embassyId\":\"" + embassy + "\",\"name\":\"N\",\"title\":\"T\","
        + "\"portfolio\":\"LABOR\",\"email\":\"n@example.org\",\"contactCadence\":\"P90D\"}"});

    int requests = 0;
    int refused = 0;
    String before = rowCounts();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String[]> endpoint : endpoints.entrySet()) {
      HttpMethod method = HttpMethod.valueOf(endpoint.getKey().substring(0, endpoint.getKey().indexOf(' ')));
      String path = endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1);
      ObjectNode valid = (ObjectNode) JSON.readTree(endpoint.getValue()[1]);
      for (Iterator<String> fields = valid.fieldNames(); fields.hasNext(); ) {
        String field = fields.next();
        for (JsonNode payload : payloads()) {
          ObjectNode body = valid.deepCopy();
          body.set(field, payload);
          ResponseEntity<String> answer = api().call(method, path, endpoint.getValue()[0], "press", body.toString());
          requests++;
          int status = answer.getStatusCode().value();
          String what = endpoint.getKey() + " " + field + "=" + shorten(payload.toString()) + " → " + status;
          if (status >= 500) {
            failures.add(what + " " + answer.getBody());
          } else if (payload.isTextual() && payload.asText().length() > 10_000 && (status != 400
              || !JSON.readTree(answer.getBody()).path("errors").has(field))) {
            // every text has a length limit: a huge one is refused naming its field, never stored
            failures.add(what + " a text of " + payload.asText().length() + " characters was not refused naming "
                + field + ": " + String.valueOf(answer.getBody()).substring(0, Math.min(300, String.valueOf(answer.getBody()).length())));
          } else if (status >= 400) {
            refused++;
            if (answer.getHeaders().getContentType() == null
                || !answer.getHeaders().getContentType().toString().startsWith("application/problem+json")) {
              failures.add(what + " not problem+json");
            }
          }
          String after = rowCounts();
          if (status >= 400 && !after.equals(before)) {
            failures.add(what + " wrote rows although refused");
          }
          before = after;
        }
      }
    }
    System.out.printf("[api fuzz] %d requests over %d endpoints, %d refused, none failed%n", requests, endpoints.size(),
        refused);
    assertThat(failures).isEmpty();
    assertThat(refused).isGreaterThan(requests / 2);
  }

  @Test
  void bodies_beyond_the_limit_are_413_declared_or_streamed() throws Exception {
    String huge = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    ResponseEntity<String> declared = api().call(HttpMethod.POST, "/api/cases", MILO, "press", huge);
    assertThat(declared.getStatusCode().value()).isEqualTo(413);
    assertThat(declared.getBody()).contains("at most 1024 KB");

    HttpClient http = HttpClient.newHttpClient();
    // well-formed JSON padded with whitespace (no tokens, no long text), so only the byte limit stops it
    byte[] bytes = ("{\"title\":\"t\",\"summary\":\"s\",\"country\":\"KE\",\"severity\":\"LOW\","
        + " ".repeat(2 * 1024 * 1024) + "\"themes\":[\"OTHER\"]}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> streamed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
        .header("Authorization", MILO).header("X-Coalition", "press").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(413);
    assertThat(streamed.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
  }

  private static String shorten(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }
}
