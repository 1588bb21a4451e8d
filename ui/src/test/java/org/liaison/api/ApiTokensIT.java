package org.liaison.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.liaison.accounts.ApiTokens;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotFoundException;
import org.liaison.tenancy.NotAMemberException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** Personal API tokens: one coalition, shown once, stored as a hash, revocable, expiring. */
class ApiTokensIT extends AppIT {

  @LocalServerPort int port;
  @Autowired ApiTokens tokens;

  @Test
  void a_token_works_in_its_coalition_only_until_it_is_revoked() throws SQLException {
    Api api = new Api(port);
    ApiTokens.CreatedToken created = tokens.create("sam", "press", "Monthly export", Duration.ofDays(90));
    String bearer = "Bearer " + created.secret();
    assertThat(created.secret()).startsWith("lia_press.");

    assertThat(api.get("/api/cases", bearer, null).getStatusCode().value()).as("the token names its coalition").isEqualTo(200);
    assertThat(api.get("/api/cases", bearer, "press").getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> elsewhere = api.get("/api/cases", bearer, "labor");
    ApiIT.assertProblem(elsewhere, 403, "works in coalition 'press' only");

    try (Connection c = owner(); ResultSet rs = c.createStatement().executeQuery(
        "select token_hash, name, last_used_at is not null from app.api_token where id = '" + created.token().id() + "'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).as("only the hash is stored").hasSize(64).isNotEqualTo(created.secret())
          .doesNotContain(created.secret().substring(10));
      assertThat(rs.getBoolean(3)).as("marked used").isTrue();
    }
    assertThat(tokens.list("sam")).anySatisfy(t -> {
      assertThat(t.id()).isEqualTo(created.token().id());
      assertThat(t.lastUsedAt()).isNotNull();
    });

    assertThatThrownBy(() -> tokens.revoke("milo", created.token().id())).as("someone else's token")
        .isInstanceOf(NotFoundException.class);
    tokens.revoke("sam", created.token().id());
    ApiIT.assertProblem(api.get("/api/cases", bearer, null), 401, "unknown, expired or revoked");
  }

  @Test
  void an_expired_or_altered_token_is_refused() throws SQLException {
    Api api = new Api(port);
    ApiTokens.CreatedToken created = tokens.create("milo", "press", "Dashboard", Duration.ofDays(1));
    String secret = created.secret();
    char last = secret.charAt(secret.length() - 1);
    String altered = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');
    ApiIT.assertProblem(api.get("/api/cases", "Bearer " + altered, null), 401, "unknown, expired or revoked");
    ApiIT.assertProblem(api.get("/api/cases", "Bearer " + secret.replace("lia_press.", "lia_labor."), null), 401,
        "unknown, expired or revoked");
    assertThat(api.get("/api/cases", "Bearer " + secret, null).getStatusCode().value()).isEqualTo(200);
    try (Connection c = owner()) {
      c.createStatement().executeUpdate("update app.api_token set created_at = now() - interval '2 days', "
          + "expires_at = now() - interval '1 second' where id = '" + created.token().id() + "'");
    }
    ApiIT.assertProblem(api.get("/api/cases", "Bearer " + secret, null), 401, "unknown, expired or revoked");
  }

  @Test
  void bad_requests_for_a_token_are_refused_and_create_nothing() throws SQLException {
    String before = rowCounts();
    assertThatThrownBy(() -> tokens.create("milo", "press", "  ", Duration.ofDays(30)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Name the token");
    assertThatThrownBy(() -> tokens.create("milo", "press", "Export", Duration.ofDays(400)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("one day to one year");
    assertThatThrownBy(() -> tokens.create("milo", "labor", "Export", Duration.ofDays(30)))
        .as("a coalition milo is not in").isInstanceOf(NotAMemberException.class);
    assertThatThrownBy(() -> tokens.create("milo", "press", "Export\u202Egnp.exe", Duration.ofDays(30)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  void a_token_request_costs_no_password_hash() {
    Api api = new Api(port);
    String bearer = "Bearer " + tokens.create("cora", "press", "Timing", Duration.ofDays(1)).secret();
    String basic = Api.basic("cora", "liaison");
    api.get("/api/cases", bearer, "press");
    api.get("/api/cases", basic, "press");
    long tokenNanos = 0;
    long basicNanos = 0;
    for (int i = 0; i < 30; i++) {
      long t0 = System.nanoTime();
      assertThat(api.get("/api/cases", bearer, "press").getStatusCode().value()).isEqualTo(200);
      long t1 = System.nanoTime();
      assertThat(api.get("/api/cases", basic, "press").getStatusCode().value()).isEqualTo(200);
      tokenNanos += t1 - t0;
      basicNanos += System.nanoTime() - t1;
    }
    // a figure for the README, not a timing assertion (shared 2-core machines are noisy)
    System.out.printf("API token vs Basic, 30 requests each: %.1f ms vs %.1f ms per request (BCrypt strength 4 in tests)%n",
        tokenNanos / 30e6, basicNanos / 30e6);
  }

  private static Connection owner() throws SQLException {
    return DriverManager.getConnection(database().url(), database().username(), database().password());
  }
}
