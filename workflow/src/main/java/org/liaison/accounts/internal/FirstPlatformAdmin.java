package org.liaison.accounts.internal;

import java.util.Locale;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.Person;
import org.liaison.common.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first platform admin, from the environment, at the first start of an installation that has
 * none ({@code LIAISON_PLATFORM_ADMIN_*}; required in {@code prod}). There is no default account and no
 * default password: with local accounts the password comes from the environment and must pass the
 * password rule; with Keycloak the admin is bound to the Keycloak user's subject (its user id). Once a
 * platform admin exists the variables are ignored and may be removed. Runs before the server takes
 * requests, so a missing or unacceptable setting stops the start with one line.
 */
@Component
class FirstPlatformAdmin implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(FirstPlatformAdmin.class);

  /**
   * {@code liaison.platform-admin.*}.
   *
   * @param required refuse to start when there is no platform admin and none is configured ({@code prod})
   * @param username the admin's Liaison username
   * @param name their name as shown
   * @param email their e-mail address (password reset links go there)
   * @param password with local accounts: their first password
   * @param oidcSubject with Keycloak: the subject (user id) of their Keycloak account
   */
  @ConfigurationProperties(prefix = "liaison.platform-admin")
  record Settings(@DefaultValue("false") boolean required, String username, String name, String email, String password,
      String oidcSubject) {}

  private final Accounts accounts;
  private final Settings settings;
  private final TransactionTemplate tx;

  FirstPlatformAdmin(Accounts accounts, Settings settings, PlatformTransactionManager transactions) {
    this.accounts = accounts;
    this.settings = settings;
    this.tx = new TransactionTemplate(transactions);
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (accounts.anyPlatformAdmin()) {
      if (!blank(settings.username())) {
        log.info("A platform admin exists: LIAISON_PLATFORM_ADMIN_* are ignored and can be removed");
      }
      return;
    }
    if (blank(settings.username())) {
      if (settings.required()) {
        throw new FirstPlatformAdminException("No platform admin yet: set LIAISON_PLATFORM_ADMIN_USERNAME, "
            + "LIAISON_PLATFORM_ADMIN_EMAIL and LIAISON_PLATFORM_ADMIN_PASSWORD (or, with Keycloak, "
            + "LIAISON_PLATFORM_ADMIN_OIDC_SUBJECT) for the first start");
      }
      return;
    }
    String username = settings.username().strip().toLowerCase(Locale.ROOT);
    if (!username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
      throw new FirstPlatformAdminException("LIAISON_PLATFORM_ADMIN_USERNAME: use 2 to 40 lower-case letters, digits, '.', '_' or '-'");
    }
    if (blank(settings.email()) || !settings.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new FirstPlatformAdminException("LIAISON_PLATFORM_ADMIN_EMAIL: give the admin's e-mail address");
    }
    if (blank(settings.password()) && blank(settings.oidcSubject())) {
      throw new FirstPlatformAdminException("Set LIAISON_PLATFORM_ADMIN_PASSWORD (local accounts) or "
          + "LIAISON_PLATFORM_ADMIN_OIDC_SUBJECT (Keycloak) for the first platform admin; there is no default password");
    }
    String hash = null;
    if (!blank(settings.password())) {
      try {
        hash = accounts.hashAcceptablePassword(settings.password(), username);
      } catch (InvalidInputException e) {
        throw new FirstPlatformAdminException("LIAISON_PLATFORM_ADMIN_PASSWORD: " + e.fieldErrors().values().iterator().next());
      }
    }
    String passwordHash = hash;
    tx.executeWithoutResult(status -> {
      accounts.ensurePerson(new Person(username, blank(settings.name()) ? username : settings.name().strip(),
          settings.email().strip()), passwordHash);
      if (!blank(settings.oidcSubject())) {
        accounts.bindSubject(username, settings.oidcSubject().strip());
      }
      accounts.grantPlatformAdmin(username, "environment");
    });
    log.info("Created the first platform admin '{}' from the environment; LIAISON_PLATFORM_ADMIN_* can now be removed",
        username);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The first platform admin cannot be set up from the environment; the message says what to set. */
  static class FirstPlatformAdminException extends IllegalStateException {
    FirstPlatformAdminException(String message) {
      super(message);
    }
  }
}
