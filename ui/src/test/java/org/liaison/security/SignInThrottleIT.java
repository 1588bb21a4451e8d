package org.liaison.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.AppIT;
import org.liaison.accounts.SignInThrottle;
import org.liaison.api.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Password guessing is locked out per account and per client address, on the API as on the form. */
class SignInThrottleIT extends AppIT {

  @LocalServerPort int port;
  @Autowired SignInThrottle throttle;

  @BeforeEach
  @AfterEach
  void forgetFailures() throws SQLException {
    owner("delete from app.sign_in_throttle");
  }

  @Test
  void the_sixth_attempt_after_five_wrong_passwords_is_refused_even_with_the_right_one_until_the_lock_runs_out()
      throws SQLException {
    Api api = new Api(port);
    for (int i = 1; i <= SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
      assertThat(api.get("/api/cases", Api.basic("milo", "wrong-" + i), "press").getStatusCode().value())
          .as("wrong password %d", i).isEqualTo(401);
    }
    ResponseEntity<String> right = api.get("/api/cases", Api.basic("milo", "liaison"), "press");
    assertThat(right.getStatusCode().value()).as(right.getBody()).isEqualTo(429);
    assertThat(right.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(right.getHeaders().getFirst("Retry-After")).isEqualTo("60");
    assertThat(right.getBody()).contains("Too many failed sign-ins").contains("try again in 1 minute")
        .doesNotContain("Exception");
    assertThat(api.get("/api/cases", Api.basic("cora", "liaison"), "press").getStatusCode().value())
        .as("another account from the same address still signs in").isEqualTo(200);
    assertThat(api.get("/api/cases", Api.basic("MILO ", "liaison"), "press").getStatusCode().value())
        .as("the same account however its name is spelled").isEqualTo(429);

    owner("update app.sign_in_throttle set locked_until = now() - interval '1 second' where throttle_key = 'account:milo'");
    assertThat(api.get("/api/cases", Api.basic("milo", "liaison"), "press").getStatusCode().value())
        .as("the lock ran out").isEqualTo(200);
    assertThat(throttle.lockedUntil("milo", "127.0.0.1")).isEmpty();
    assertThat(api.get("/api/cases", Api.basic("milo", "wrong"), "press").getStatusCode().value())
        .as("a success forgave the account's failures: one wrong password is one").isEqualTo(401);
    assertThat(api.get("/api/cases", Api.basic("milo", "liaison"), "press").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void one_address_trying_many_accounts_is_locked_out_and_other_addresses_are_not() {
    String guesser = "203.0.113.7";
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS - 1; i++) {
      throttle.failed("someone-" + i, guesser);
    }
    assertThat(throttle.lockedUntil("someone-else", guesser)).isEmpty();
    throttle.failed("someone-last", guesser);
    assertThat(throttle.lockedUntil("someone-else", guesser)).as("any account from that address").isPresent();
    assertThat(throttle.lockedUntil("someone-else", "198.51.100.1")).isEmpty();
  }

  @Test
  void each_further_failure_doubles_the_lock_up_to_half_an_hour() {
    assertThat(SignInThrottle.lockAfter(0)).isEqualTo(Duration.ofMinutes(1));
    assertThat(SignInThrottle.lockAfter(1)).isEqualTo(Duration.ofMinutes(2));
    assertThat(SignInThrottle.lockAfter(4)).isEqualTo(Duration.ofMinutes(16));
    assertThat(SignInThrottle.lockAfter(5)).isEqualTo(Duration.ofMinutes(30));
    assertThat(SignInThrottle.lockAfter(500)).isEqualTo(Duration.ofMinutes(30));
  }

  private static void owner(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(database().url(), database().username(), database().password())) {
      c.createStatement().executeUpdate(sql);
    }
  }
}
