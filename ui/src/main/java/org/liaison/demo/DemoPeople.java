package org.liaison.demo;

import java.util.Locale;
import java.util.Optional;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.ExternalIdentity;
import org.liaison.accounts.Person;
import org.liaison.security.FirstSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's people: a local account for each (one shared password, {@code LIAISON_LOCAL_PASSWORD},
 * default {@code liaison}; the embedded default only, since {@code prod} has no demo) and the platform
 * admin {@code ada}, who belongs to no coalition. Seeded before the demo's coalitions and cases, once
 * (a person who changed their password keeps it). With Keycloak, a demo person is bound to the
 * Keycloak account that first signs in with their username (see {@link #bind}); real people are bound
 * by accepting an invitation.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoPeople implements ApplicationRunner, FirstSignIn {

  private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
  static final String PLATFORM_ADMIN = "ada";

  private final Accounts accounts;
  private final String password;

  DemoPeople(Accounts accounts, @Value("${liaison.demo.password:liaison}") String password) {
    this.accounts = accounts;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    String hash = accounts.hashDemoPassword(password);
    int created = 0;
    for (DemoCoalitions.Person p : DemoCoalitions.PEOPLE) {
      created += accounts.ensurePerson(person(p.username()), hash) ? 1 : 0;
    }
    created += accounts.ensurePerson(new Person(PLATFORM_ADMIN, "Ada Platform", PLATFORM_ADMIN + "@liaison.example"), hash) ? 1 : 0;
    accounts.grantPlatformAdmin(PLATFORM_ADMIN, "demo");
    if (created > 0) {
      log.info("Seeded {} demo account(s)", created);
    }
  }

  /** Binds a demo person (not yet bound) to the Keycloak account signing in with their username. */
  @Override
  public Optional<String> bind(ExternalIdentity identity) {
    String username = identity.preferredUsername() == null ? "" : identity.preferredUsername().toLowerCase(Locale.ROOT);
    boolean demoPerson = username.equals(PLATFORM_ADMIN)
        || DemoCoalitions.PEOPLE.stream().anyMatch(p -> p.username().equals(username));
    if (demoPerson && accounts.bindSubject(username, identity.subject())) {
      log.info("Bound the demo person '{}' to Keycloak subject {} at their first sign-in", username, identity.subject());
      return Optional.of(username);
    }
    return Optional.empty();
  }

  static Person person(String username) {
    String name = username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1) + " Demo";
    return new Person(username, name, username + "@liaison.example");
  }
}
