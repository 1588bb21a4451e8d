package org.liaison.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.liaison.common.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.ApiTokens;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
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

  /**
   * What the Vaadin UI may load and where it may send things: its own scripts and styles (Vaadin's
   * client needs inline scripts and eval), images from itself or data/blob URLs (charts, diagrams),
   * its own push connection; never inside another site's frame. With Keycloak, forms may also go
   * to the identity provider (sign-in and sign-out redirect there).
   */
  static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
      + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
  /** The API answers JSON only: nothing in it may load or run anything. */
  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private final boolean keycloak;
  private final String issuerOrigin;

  SecurityConfiguration(@Value("${liaison.auth:local}") String auth,
      @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri:}") String issuer) {
    this.keycloak = KEYCLOAK.equals(auth);
    this.issuerOrigin = issuer.isBlank() ? "" : java.net.URI.create(issuer).resolve("/").toString().replaceAll("/$", "");
  }

  private void headers(HttpSecurity http, String csp) throws Exception {
    http.headers(headers -> headers
        .contentSecurityPolicy(c -> c.policyDirectives(csp))
        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .frameOptions(f -> f.deny())
        // sent on https only, as the standard says; a year, subdomains included
        .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
  }

  /** Who may read the metrics: the machine itself and private networks (where a Prometheus scrapes). */
  static final String PRIVATE_NETWORK = "hasIpAddress('127.0.0.0/8') or hasIpAddress('::1') or hasIpAddress('10.0.0.0/8')"
      + " or hasIpAddress('172.16.0.0/12') or hasIpAddress('192.168.0.0/16') or hasIpAddress('fc00::/7')";

  /**
   * Actuator: the health probes for anyone (UP or DOWN only), the Prometheus metrics for the private
   * network only, nothing else. Stateless, no session, no sign-in.
   */
  /** Outside every security chain: a database that does not answer is a 503 saying so (see the filter). */
  @Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
    var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new DatabaseUnavailableFilter());
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  @Order(0)
  SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/prometheus").access(
                new org.springframework.security.web.access.expression.WebExpressionAuthorizationManager(PRIVATE_NETWORK))
            .anyRequest().denyAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) -> notServed(response))
            .accessDeniedHandler((request, response, ex) -> notServed(response)));
    headers(http, API_CSP);
    return http.build();
  }

  private static void notServed(HttpServletResponse response) throws java.io.IOException {
    Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "not-allowed", "Not allowed",
        "Liaison serves its health to anyone and its metrics to the private network only (see deploy/README.md)");
  }

  /** The REST API: stateless, each request authenticated, in the coalition named by X-Coalition. */
  @Bean
  @Order(1)
  SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, MembershipService memberships, SignedInPeople people,
      SecurityContextHolderStrategy securityContexts, ObjectProvider<ApiTokens> tokens) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable()) // no cookies: every request carries its own credentials
        .exceptionHandling(e -> e.authenticationEntryPoint(this::unauthorized))
        .addFilterAfter(new ApiCoalitionFilter(memberships, people, securityContexts), AuthorizationFilter.class);
    headers(http, API_CSP);
    if (keycloak) {
      // the token's subject ("sub") identifies the person (SignedInPeople maps it to a Liaison username);
      // preferred_username can change in Keycloak and is never trusted to say who someone is
      JwtAuthenticationConverter bySubject = new JwtAuthenticationConverter();
      http.oauth2ResourceServer(rs -> rs
          .jwt(jwt -> jwt.jwtAuthenticationConverter(bySubject))
          .authenticationEntryPoint(this::unauthorized));
    } else {
      // integrations: a personal API token (one indexed lookup); people: HTTP Basic (BCrypt, throttled)
      http.addFilterBefore(new ApiTokenFilter(tokens.getObject(), securityContexts), BasicAuthenticationFilter.class);
      http.httpBasic(basic -> basic.authenticationEntryPoint(this::unauthorized));
    }
    return http.build();
  }

  private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof SignInLockedException locked) {
      response.setHeader("Retry-After", String.valueOf(locked.minutesLeft() * 60));
      Problems.write(response, 429, "sign-in-locked", "Too many failed sign-ins",
          "Too many failed sign-ins for this account or from this address: try again in " + locked.minutesLeft()
              + (locked.minutesLeft() == 1 ? " minute" : " minutes")
              + ". For integrations, use a personal API token instead of a password.");
      return;
    }
    if (DatabaseUnavailable.causedBy(e)) { // the accounts could not be read: not the person's fault
      response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "temporarily-unavailable",
          "Temporarily unavailable", DatabaseUnavailable.API_DETAIL);
      return;
    }
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
    // the API's contract is public (it describes endpoints, holds no data); the API itself is not
    http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/v3/api-docs", "/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**").permitAll());
    headers(http, keycloak && !issuerOrigin.isEmpty() ? UI_CSP + " " + issuerOrigin : UI_CSP);
    http.addFilterAfter(new TenantContextFilter(memberships, people, accounts, securityContexts),
        SecurityContextHolderAwareRequestFilter.class);
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
