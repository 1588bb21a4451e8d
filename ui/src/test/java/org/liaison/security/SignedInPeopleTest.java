package org.liaison.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.liaison.accounts.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a sign-in is: Keycloak's subject decides, never its username. A renamed Keycloak account is
 * still the same person; a new account with an old name is nobody.
 */
class SignedInPeopleTest {

  static final String KIM = "11111111-1111-1111-1111-111111111111";
  static final String NEWCOMER = "22222222-2222-2222-2222-222222222222";

  final Accounts accounts = mock(Accounts.class);
  final FirstSignIn firstSignIn = mock(FirstSignIn.class);

  SignedInPeople people() {
    when(accounts.usernameForSubject(KIM)).thenReturn(Optional.of("kim"));
    when(accounts.usernameForSubject(NEWCOMER)).thenReturn(Optional.empty());
    when(firstSignIn.bind(any())).thenReturn(Optional.empty());
    @SuppressWarnings("unchecked")
    ObjectProvider<FirstSignIn> provider = mock(ObjectProvider.class);
    when(provider.orderedStream()).thenReturn(Stream.of(firstSignIn));
    return new SignedInPeople(accounts, provider);
  }

  static JwtAuthenticationToken bearer(String subject, String preferredUsername) {
    Jwt jwt = new Jwt("token", Instant.now(), Instant.now().plusSeconds(300), Map.of("alg", "RS256"),
        Map.of("sub", subject, "preferred_username", preferredUsername));
    return new JwtAuthenticationToken(jwt, List.of());
  }

  static OAuth2AuthenticationToken oidcLogin(String subject, String preferredUsername) {
    OidcIdToken token = new OidcIdToken("id", Instant.now(), Instant.now().plusSeconds(300),
        Map.of("sub", subject, "preferred_username", preferredUsername));
    return new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), token, "preferred_username"), List.of(), "keycloak");
  }

  @Test
  void the_api_and_the_ui_identify_a_keycloak_account_by_its_subject_whatever_its_username() {
    SignedInPeople people = people();
    assertThat(people.usernameOf(bearer(KIM, "kim"))).isEqualTo("kim");
    assertThat(people.usernameOf(bearer(KIM, "kim.renamed"))).as("renamed in Keycloak").isEqualTo("kim");
    assertThat(people.usernameOf(oidcLogin(KIM, "kim.renamed"))).isEqualTo("kim");
  }

  @Test
  void a_new_account_that_takes_an_old_name_is_nobody_here() {
    SignedInPeople people = people();
    assertThat(people.usernameOf(bearer(NEWCOMER, "kim"))).isEqualTo("keycloak:" + NEWCOMER);
    assertThat(people.usernameOf(oidcLogin(NEWCOMER, "kim"))).isEqualTo("keycloak:" + NEWCOMER)
        .as("a name no person can have: the username rule forbids ':'").doesNotMatch("[a-z0-9][a-z0-9._-]{1,39}");
  }

  @Test
  void a_local_account_is_its_username_and_the_first_sign_in_binding_is_asked_only_for_unbound_subjects() {
    SignedInPeople people = people();
    assertThat(people.usernameOf(UsernamePasswordAuthenticationToken.authenticated("cora", null, List.of()))).isEqualTo("cora");
    people.usernameOf(bearer(KIM, "kim"));
    verify(firstSignIn, never()).bind(any());
    people.usernameOf(bearer(NEWCOMER, "kim"));
    verify(firstSignIn).bind(any());
  }
}
