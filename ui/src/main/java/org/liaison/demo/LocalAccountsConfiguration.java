package org.liaison.demo;

import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Sign-in with local accounts (form login). They only say who someone is; which coalitions they
 * may work for, and as what, comes from the membership table.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "liaison.local-accounts.enabled", havingValue = "true")
@EnableConfigurationProperties(LocalAccounts.class)
class LocalAccountsConfiguration {

  /** BCrypt at the configured cost; hashes are not "upgraded" on every sign-in to another cost. */
  @Bean
  PasswordEncoder passwordEncoder(LocalAccounts settings) {
    return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(settings.bcryptStrength())));
  }

  @Bean
  UserDetailsService localAccounts(LocalAccounts settings, PasswordEncoder encoder) {
    String encoded = encoder.encode(settings.password());
    List<UserDetails> users = DemoCoalitions.PEOPLE.stream()
        .map(p -> User.withUsername(p.username()).password(encoded).roles("USER").build())
        .toList();
    return new InMemoryUserDetailsManager(users);
  }
}
