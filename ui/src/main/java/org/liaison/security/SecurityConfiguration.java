package org.liaison.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaison.accounts.Accounts;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;

/**
 * Two filter chains: the REST API (stateless, credentials on every request) and the Vaadin UI.
 * With {@code liaison.auth=local} people sign in with local accounts (form login, HTTP Basic for
 * the API); with {@code keycloak} through Keycloak (OIDC code flow for the UI, bearer JWTs for the
 * API). Either way the identity provider only says who someone is (a local username, or Keycloak's
 * subject mapped to one by {@link SignedInPeople}): coalitions and roles come from Liaison's
 * membership table, platform admins from its platform admin table.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

  static final String KEYCLOAK = "keycloak";

  private final boolean keycloak;

  SecurityConfiguration(@Value("${liaison.auth:local}") String auth) {
    this.keycloak = KEYCLOAK.equals(auth);
  }

  /** The REST API: stateless, each request authenticated, in the coalition named by X-Coalition. */
  @Bean
  @Order(1)
  SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, MembershipService memberships, SignedInPeople people,
      SecurityContextHolderStrategy securityContexts) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable()) // no cookies: every request carries its own credentials
        .exceptionHandling(e -> e.authenticationEntryPoint(this::unauthorized))
        .addFilterAfter(new ApiCoalitionFilter(memberships, people, securityContexts), AuthorizationFilter.class);
    if (keycloak) {
      // the token's subject ("sub") identifies the person (SignedInPeople maps it to a Liaison username);
      // preferred_username can change in Keycloak and is never trusted to say who someone is
      JwtAuthenticationConverter bySubject = new JwtAuthenticationConverter();
      http.oauth2ResourceServer(rs -> rs
          .jwt(jwt -> jwt.jwtAuthenticationConverter(bySubject))
          .authenticationEntryPoint(this::unauthorized));
    } else {
      http.httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized));
    }
    return http.build();
  }

  private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", keycloak ? "Bearer" : "Basic realm=\"Liaison\"");
    Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Sign-in required",
        keycloak ? "Send a valid, unexpired access token from Liaison's Keycloak realm as a Bearer token"
            : "Send valid credentials with the request");
  }

  /** The Vaadin UI. */
  @Bean
  @Order(2)
  SecurityFilterChain securityFilterChain(HttpSecurity http, MembershipService memberships, SignedInPeople people,
      Accounts accounts, ObjectProvider<ClientRegistrationRepository> registrations,
      SecurityContextHolderStrategy securityContexts) throws Exception {
    http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
    http.addFilterAfter(new TenantContextFilter(memberships, people, accounts, securityContexts), SecurityContextHolderAwareRequestFilter.class);
    if (keycloak) {
      // "Create a Keycloak account" on an invitation: the next sign-in opens Keycloak's registration page
      http.oauth2Login(login -> login.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
          new KeycloakRegistration(registrations.getObject()))));
    }
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
      if (keycloak) {
        // sign-in at Keycloak; signing out ends the Vaadin session and the Keycloak session (RP-initiated logout)
        vaadin.oauth2LoginPage("/oauth2/authorization/" + KEYCLOAK, "{baseUrl}/");
      } else {
        vaadin.loginView(LoginView.class);
      }
    }).build();
  }
}
