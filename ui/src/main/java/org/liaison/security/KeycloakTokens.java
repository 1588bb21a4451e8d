package org.liaison.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How API bearer tokens are checked with Keycloak: signed by the realm's key (fetched from its
 * issuer metadata), issued by exactly the configured issuer, for Liaison's API (the audience the
 * realm's mappers put into the tokens of Liaison's clients; a token another client of the same
 * realm obtained is refused), and not expired by the application's clock (30 s tolerance for
 * clocks that drift apart).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "liaison.auth", havingValue = "keycloak")
class KeycloakTokens {

  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  @Bean
  JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
      @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences, Clock clock) {
    NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
    JwtTimestampValidator notExpired = new JwtTimestampValidator(CLOCK_SKEW);
    notExpired.setClock(clock);
    OAuth2TokenValidator<Jwt> forLiaison = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
        aud -> aud != null && aud.stream().anyMatch(audiences::contains));
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer), forLiaison, notExpired));
    return decoder;
  }
}
