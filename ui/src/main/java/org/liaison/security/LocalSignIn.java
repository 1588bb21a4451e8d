package org.liaison.security;

import org.liaison.accounts.Accounts;
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
}
