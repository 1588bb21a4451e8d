package org.liaison.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How API bearer tokens are checked with Keycloak: signed by the realm's key (fetched from its
 * issuer metadata), issued by exactly the configured issuer, and not expired by the application's
 * clock (30 s tolerance for clocks that drift apart).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "liaison.auth", havingValue = "keycloak")
class KeycloakTokens {

  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  @Bean
  JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer, Clock clock) {
    NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
    JwtTimestampValidator notExpired = new JwtTimestampValidator(CLOCK_SKEW);
    notExpired.setClock(clock);
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer), notExpired));
    return decoder;
  }
}
