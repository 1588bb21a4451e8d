package org.liaison.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;

@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

  /** The REST API: stateless, each request authenticated, in the coalition named by X-Coalition. */
  @Bean
  @Order(1)
  SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, MembershipService memberships) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable()) // no cookies: every request carries its own credentials
        .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorized))
        .addFilterAfter(new ApiCoalitionFilter(memberships), AuthorizationFilter.class);
    return http.build();
  }

  private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException e) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Liaison\"");
    Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Sign-in required",
        "Send valid credentials with the request");
  }

  /** The Vaadin UI. */
  @Bean
  @Order(2)
  SecurityFilterChain securityFilterChain(HttpSecurity http, MembershipService memberships) throws Exception {
    http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
    http.addFilterAfter(new TenantContextFilter(memberships), SecurityContextHolderAwareRequestFilter.class);
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
  }
}
