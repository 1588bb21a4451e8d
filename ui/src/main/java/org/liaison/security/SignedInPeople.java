package org.liaison.security;

import java.util.List;
import java.util.Optional;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.ExternalIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Which Liaison person an authentication is. A local account's name is its username. A Keycloak
 * sign-in (the UI's OIDC login or the API's bearer token) is identified by the token's subject
 * ({@code sub}) alone, mapped to the person bound to it: a renamed Keycloak account stays the same
 * person, and a new account that takes over an old name is nobody here until invited. A subject
 * bound to nobody gets a name no person can have ({@code keycloak:<sub>}), so it has no coalition.
 */
@Component
public class SignedInPeople {

  static final String UNBOUND_PREFIX = "keycloak:";

  private final Accounts accounts;
  private final List<FirstSignIn> firstSignIn;

  SignedInPeople(Accounts accounts, ObjectProvider<FirstSignIn> firstSignIn) {
    this.accounts = accounts;
    this.firstSignIn = firstSignIn.orderedStream().toList();
  }

  public String usernameOf(Authentication auth) {
    return identityOf(auth).map(this::usernameFor).orElseGet(auth::getName);
  }

  /** What Keycloak said about the signed-in person, for a Keycloak sign-in. */
  public static Optional<ExternalIdentity> identityOf(Authentication auth) {
    if (auth == null) {
      return Optional.empty();
    }
    if (auth.getPrincipal() instanceof OidcUser oidc) {
      return Optional.of(new ExternalIdentity(oidc.getSubject(), oidc.getPreferredUsername(), oidc.getFullName(),
          oidc.getEmail()));
    }
    if (auth instanceof JwtAuthenticationToken token) {
      Jwt jwt = token.getToken();
      return Optional.of(new ExternalIdentity(jwt.getSubject(), jwt.getClaimAsString("preferred_username"),
          jwt.getClaimAsString("name"), jwt.getClaimAsString("email")));
    }
    return Optional.empty();
  }

  private String usernameFor(ExternalIdentity identity) {
    return accounts.usernameForSubject(identity.subject())
        .or(() -> firstSignIn.stream().map(f -> f.bind(identity)).flatMap(Optional::stream).findFirst())
        .orElse(UNBOUND_PREFIX + identity.subject());
  }
}
