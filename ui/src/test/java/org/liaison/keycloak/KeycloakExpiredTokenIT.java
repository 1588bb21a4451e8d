package org.liaison.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.LiaisonApplication;
import org.liaison.api.Api;
import org.liaison.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real token from the realm presented after it expired: the application's clock runs ten
 * minutes ahead of Keycloak's (tokens live five), so every fresh token is already expired to it.
 */
@ExtendWith(LocalKeycloak.class)
@ActiveProfiles("keycloak")
@SpringBootTest(classes = {LiaisonApplication.class, KeycloakExpiredTokenIT.TenMinutesLater.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "liaison.database.embedded=false",
        "liaison.database.check-on-start=false",
        "liaison.demo.enabled=true",
        "liaison.demo.seed-cases=false",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.process-engine-name=expired"
    })
class KeycloakExpiredTokenIT {

  private static final TestDatabase DB = TestDatabase.create("expired");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DB.springProperties().forEach(registry::add);
  }

  @TestConfiguration
  static class TenMinutesLater {
    @Bean
    @Primary
    Clock tenMinutesLater() {
      return Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
    }
  }

  @LocalServerPort int port;

  @Test
  void an_expired_token_gets_401() throws Exception {
    String token = LocalKeycloak.passwordGrant("localhost", "milo", "liaison");
    ResponseEntity<String> answer = new Api(port).get("/api/cases", "Bearer " + token, "press");
    assertThat(answer.getStatusCode().value()).isEqualTo(401);
    assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
    assertThat(answer.getBody()).contains("unexpired access token");
  }
}
