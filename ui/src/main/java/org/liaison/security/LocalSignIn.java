package org.liaison.security;

import java.time.Clock;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.SignInThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Sign-in with local accounts (form login, HTTP Basic for the API): each person's own password,
 * checked against the BCrypt hash in the accounts table. They only say who someone is; which
 * coalitions they may work for, and as what, comes from the membership table.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "liaison.local-accounts.enabled", havingValue = "true")
class LocalSignIn {

  @Bean
  UserDetailsService localAccounts(Accounts accounts) {
    return name -> {
      String username = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
      return accounts.passwordHashOf(username)
          .map(hash -> User.withUsername(username).password(hash).roles("USER").build())
          .orElseThrow(() -> new UsernameNotFoundException("No local account " + username));
    };
  }

  /**
   * The form's and the API's password check, through the throttle of failed sign-ins. Being the one
   * authentication provider bean, Spring Security signs in with it instead of its default.
   */
  @Bean
  AuthenticationProvider throttledPasswords(UserDetailsService localAccounts, PasswordEncoder encoder,
      SignInThrottle throttle, Clock clock) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(localAccounts);
    passwords.setPasswordEncoder(encoder);
    return new ThrottledSignIn(passwords, throttle, clock);
  }
}
