package org.liaison.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Sends someone who accepts an invitation without a Keycloak account to Keycloak's own
 * registration page ({@code prompt=create}, OpenID Connect's "initiating user registration"), where
 * Keycloak verifies their e-mail address; Liaison never creates or changes Keycloak accounts. The
 * invitation page asks for it by setting {@link #SESSION_FLAG} in the session just before the sign-in.
 */
public class KeycloakRegistration implements OAuth2AuthorizationRequestResolver {

  /** Session attribute: the next sign-in should offer registration. */
  public static final String SESSION_FLAG = "liaison.keycloak.register";

  private final DefaultOAuth2AuthorizationRequestResolver standard;

  KeycloakRegistration(ClientRegistrationRepository registrations) {
    this.standard = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
  }

  @Override
  public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
    return withRegistration(request, standard.resolve(request));
  }

  @Override
  public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
    return withRegistration(request, standard.resolve(request, clientRegistrationId));
  }

  private static OAuth2AuthorizationRequest withRegistration(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
    HttpSession session = request.getSession(false);
    if (authorization == null || session == null || session.getAttribute(SESSION_FLAG) == null) {
      return authorization;
    }
    session.removeAttribute(SESSION_FLAG);
    Map<String, Object> parameters = new HashMap<>(authorization.getAdditionalParameters());
    parameters.put("prompt", "create");
    return OAuth2AuthorizationRequest.from(authorization).additionalParameters(parameters).build();
  }
}
