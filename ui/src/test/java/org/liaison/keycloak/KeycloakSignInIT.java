package org.liaison.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.Set;
import org.liaison.LiaisonApplication;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.ExternalIdentity;
import org.liaison.coalitions.Invitations;
import org.liaison.coalitions.MemberAdministration;
import org.liaison.coalitions.NewInvitation;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.liaison.api.Api;
import org.liaison.journey.Browser;
import org.openqa.selenium.By;
import org.liaison.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through the real Keycloak (26, started from its distribution with Liaison's realm): bearer
 * tokens for the API, the OIDC code flow in Chromium for the UI; a Keycloak account is a Liaison
 * person through its subject, bound by an accepted invitation (or, in the demo, by its first sign-in). Port 8081 is one of the realm's
 * registered redirect URIs.
 */
@ExtendWith(LocalKeycloak.class)
@ActiveProfiles("keycloak")
@SpringBootTest(classes = LiaisonApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
        "server.port=8081",
        "liaison.database.embedded=false",
        "liaison.database.check-on-start=false",
        "liaison.demo.enabled=true",
        "liaison.demo.seed-cases=false",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.process-engine-name=keycloak"
    })
public class KeycloakSignInIT {

  static final int PORT = 8081;
  private static final TestDatabase DB = TestDatabase.create("keycloak");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DB.springProperties().forEach(registry::add);
  }

  final Api api = new Api(PORT);

  @Autowired JwtDecoder jwtDecoder;
  @Autowired Accounts accounts;
  @Autowired MembershipService memberships;
  @Autowired MemberAdministration members;
  @Autowired Invitations invitations;

  @Test
  void an_account_bound_to_nobody_gets_no_coalition_until_it_accepts_an_invitation_which_binds_its_subject() throws Exception {
    String token = LocalKeycloak.passwordGrant("localhost", "otto", "liaison"); // in no demo coalition
    Jwt jwt = jwtDecoder.decode(token);
    ResponseEntity<String> before = api.get("/api/cases", "Bearer " + token, "press");
    assertThat(before.getStatusCode().value()).as(before.getBody()).isEqualTo(403);
    assertThat(accounts.usernameForSubject(jwt.getSubject())).isEmpty();

    Actor cora = memberships.actorFor("cora", "press");
    TenantContext.runAs(cora, () -> members.invite(new NewInvitation("otto@liaison.example", Set.of(Role.MEMBER))));
    String link = invitationToken("otto@liaison.example");
    String otto = invitations.acceptWithIdentity("press", link, new ExternalIdentity(jwt.getSubject(),
        jwt.getClaimAsString("preferred_username"), jwt.getClaimAsString("name"), jwt.getClaimAsString("email")));

    assertThat(accounts.usernameForSubject(jwt.getSubject())).contains(otto);
    ResponseEntity<String> after = api.get("/api/cases", "Bearer " + token, "press");
    assertThat(after.getStatusCode().value()).as(after.getBody()).isEqualTo(200);
    assertThat(api.get("/api/cases", "Bearer " + token, "labor").getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void a_demo_person_is_bound_to_the_subject_that_first_signs_in_with_their_name() throws Exception {
    String token = LocalKeycloak.passwordGrant("localhost", "tomas", "liaison");
    assertThat(api.get("/api/cases", "Bearer " + token, "labor").getStatusCode().value()).isEqualTo(200);
    assertThat(accounts.usernameForSubject(jwtDecoder.decode(token).getSubject())).contains("tomas");
  }

  static String invitationToken(String email) throws java.sql.SQLException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(DB.url(), DB.username(), DB.password());
        java.sql.PreparedStatement st = c.prepareStatement(
            "select body from app.outbox_message where ? = any(recipients) order by created_at desc limit 1")) {
      st.setString(1, email);
      try (java.sql.ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).isTrue();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/invitation/press/([A-Za-z0-9_-]{43})")
            .matcher(rs.getString(1));
        assertThat(m.find()).isTrue();
        return m.group(1);
      }
    }
  }

  @Test
  void a_password_grant_token_from_the_realm_opens_the_api_for_the_users_coalition() throws Exception {
    String token = LocalKeycloak.passwordGrant("localhost", "milo", "liaison");
    ResponseEntity<String> cases = api.get("/api/cases", "Bearer " + token, "press");
    assertThat(cases.getStatusCode().value()).as(cases.getBody()).isEqualTo(200);
    assertThat(api.get("/api/cases", "Bearer " + token, "labor").getStatusCode().value())
        .as("a coalition milo is not a member of").isEqualTo(403);
  }

  @Test
  void a_member_signs_in_through_keycloaks_pages_and_signing_out_ends_the_session() {
    try (Browser b = new Browser("http://localhost:" + PORT)) {
      b.open("/");
      b.visible(By.id("username")).sendKeys("milo");
      b.visible(By.id("password")).sendKeys("wrong-password");
      b.click(By.id("kc-login"));
      assertThat(b.text(By.id("input-error-username"))).contains("Invalid username or password");
      b.screenshot("keycloak-wrong-password");
      b.visible(By.id("password")).sendKeys("liaison");
      b.click(By.id("kc-login"));

      b.visible(By.id("inbox"));
      assertThat(b.text(By.id("current-user"))).startsWith("milo").contains("member");
      assertThat(b.text(By.id("coalition-name"))).isEqualTo("Press Freedom Coalition");
      b.screenshot("keycloak-signed-in");

      b.click(By.id("sign-out"));
      b.visible(By.id("username"));
      b.open("/");
      b.visible(By.id("username"));
      assertThat(b.driver.getCurrentUrl()).startsWith("http://localhost:8180/realms/liaison/");
      b.screenshot("keycloak-signed-out");
    }
  }

  @Test
  void a_coordinator_account_must_set_up_a_one_time_password_before_reaching_liaison() {
    try (Browser b = new Browser("http://localhost:" + PORT)) {
      b.open("/");
      b.visible(By.id("username")).sendKeys("otto"); // realm role coordinator, as production coordinators have
      b.visible(By.id("password")).sendKeys("liaison");
      b.click(By.id("kc-login"));
      b.visible(By.id("kc-totp-secret-qr-code"));
      assertThat(b.driver.getCurrentUrl()).contains("CONFIGURE_TOTP").startsWith("http://localhost:8180/");
      b.screenshot("keycloak-otp-setup");
    }
  }

  @Test
  void missing_forged_and_wrong_issuer_tokens_get_401() throws Exception {
    assertThat(api.get("/api/cases", null, "press").getStatusCode().value()).isEqualTo(401);
    assertThat(api.get("/api/cases", "Bearer not.a.jwt", "press").getStatusCode().value()).isEqualTo(401);

    String token = LocalKeycloak.passwordGrant("localhost", "milo", "liaison");
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("\"preferred_username\":\"milo\"", "\"preferred_username\":\"lena\"");
    assertThat(payload).contains("\"lena\"");
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
        payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    ResponseEntity<String> forgedAnswer = api.get("/api/cases", "Bearer " + forged, "labor");
    assertThat(forgedAnswer.getStatusCode().value()).isEqualTo(401);
    assertThat(forgedAnswer.getBody()).contains("Sign-in required");

    // signed by the realm's key, but issued under another name (Keycloak names the issuer after the host asked)
    String otherIssuer = LocalKeycloak.passwordGrant("127.0.0.1", "milo", "liaison");
    assertThat(api.get("/api/cases", "Bearer " + otherIssuer, "press").getStatusCode().value()).isEqualTo(401);

    // signed by the realm, for the right person, but issued to another client of the realm (admin-cli,
    // which every realm has): not meant for Liaison's API
    String otherClient = LocalKeycloak.passwordGrant("localhost", "admin-cli", "milo", "liaison");
    assertThat(new String(Base64.getUrlDecoder().decode(otherClient.split("\\.")[1]), StandardCharsets.UTF_8))
        .doesNotContain("liaison-api");
    ResponseEntity<String> otherClientAnswer = api.get("/api/cases", "Bearer " + otherClient, "press");
    assertThat(otherClientAnswer.getStatusCode().value()).isEqualTo(401);
    assertThat(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
        .as("a token of Liaison's own client names its API").contains("\"liaison-api\"");
  }
}
