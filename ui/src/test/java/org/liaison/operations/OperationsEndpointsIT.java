package org.liaison.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the hosting platform and its operators get: liveness and readiness probes for anyone (UP or
 * DOWN, nothing else), Prometheus metrics — the engine's jobs and incidents, the outbox's mail —
 * for the private network only, and no other Actuator endpoint at all.
 */
class OperationsEndpointsIT extends AppIT {

  @LocalServerPort int port;

  private HttpResponse<String> get(String path, String forwardedFor) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void probes_answer_anyone_with_a_status_only() throws Exception {
    for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      HttpResponse<String> answer = get(probe, "203.0.113.7");
      assertThat(answer.statusCode()).as(probe).isEqualTo(200);
      assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components")
          .doesNotContain("details");
    }
  }

  @Test
  void metrics_are_for_the_private_network_and_count_the_engine_and_the_outbox() throws Exception {
    HttpResponse<String> first = get("/actuator/prometheus", null);
    assertThat(first.statusCode()).as("from this machine: %s", first.body()).isEqualTo(200);
    double failedBefore = gauge(first.body(), "liaison_outbox_failed");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(database().url(), database().username(),
        database().password()); java.sql.PreparedStatement st = c.prepareStatement("""
            insert into app.outbox_message (id, tenant_id, idempotency_key, recipients, subject, body, status, attempts,
                                            last_error, next_attempt_at, created_at)
            values (?, 'press', ?, array['officer@embassy.example'], 'Outreach', 'Dear officer', 'FAILED', 5,
                    '550 mailbox unavailable', now(), now())""")) {
      UUID id = UUID.randomUUID();
      st.setObject(1, id);
      st.setString(2, "metrics-" + id);
      st.executeUpdate();
    }

    HttpResponse<String> metrics = get("/actuator/prometheus", null);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("liaison_engine_jobs_due", "liaison_engine_jobs_failed",
        "liaison_engine_incidents", "liaison_outbox_pending", "jvm_memory_used_bytes", "hikaricp_connections");
    assertThat(gauge(metrics.body(), "liaison_outbox_failed")).isEqualTo(failedBefore + 1);
    assertThat(get("/actuator/prometheus", "10.1.2.3").statusCode()).as("a Prometheus in the private network")
        .isEqualTo(200);

    HttpResponse<String> outside = get("/actuator/prometheus", "203.0.113.7");
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(outside.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(outside.body()).contains("private network").doesNotContain("liaison_");
    for (String hidden : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
      assertThat(get(hidden, null).statusCode()).as(hidden).isEqualTo(403);
    }
  }

  private static double gauge(String body, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(body);
    assertThat(m.find()).as("%s in%n%s", name, body.length() > 2000 ? body.substring(0, 2000) : body).isTrue();
    return Double.parseDouble(m.group(2));
  }
}
