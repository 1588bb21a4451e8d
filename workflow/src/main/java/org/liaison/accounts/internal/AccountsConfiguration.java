package org.liaison.accounts.internal;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password hash of local accounts and the settings of the accounts feature. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AccountsProperties.class, FirstPlatformAdmin.Settings.class})
class AccountsConfiguration {

  /** BCrypt at the configured cost ({bcrypt} prefix, so another algorithm could follow one day). */
  @Bean
  PasswordEncoder passwordEncoder(AccountsProperties settings) {
    return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(settings.bcryptStrength())));
  }
}
