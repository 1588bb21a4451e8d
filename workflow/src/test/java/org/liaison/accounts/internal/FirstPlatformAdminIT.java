package org.liaison.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first platform admin comes from the environment at the first start of an installation without
 * one, never with a default password. Each test runs on an installation made empty of platform
 * admins inside a transaction that is rolled back.
 */
class FirstPlatformAdminIT extends DatabaseIT {

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  void withoutPlatformAdmins(Consumer<TransactionTemplate> test) {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(status -> {
      jdbc.sql("delete from app.platform_admin").update();
      try {
        test.accept(tx);
      } finally {
        status.setRollbackOnly();
      }
    });
  }

  FirstPlatformAdmin start(FirstPlatformAdmin.Settings settings) {
    FirstPlatformAdmin bootstrap = new FirstPlatformAdmin(accounts, settings, transactions);
    bootstrap.afterSingletonsInstantiated();
    return bootstrap;
  }

  @Test
  void prod_refuses_to_start_without_one_and_says_which_variables_to_set() {
    withoutPlatformAdmins(tx -> {
      start(new FirstPlatformAdmin.Settings(false, null, null, null, null, null));
      assertThat(accounts.anyPlatformAdmin()).as("the embedded default starts without").isFalse();
      assertThatThrownBy(() -> start(new FirstPlatformAdmin.Settings(true, "", null, null, null, null)))
          .hasMessageContaining("LIAISON_PLATFORM_ADMIN_USERNAME").hasMessageContaining("LIAISON_PLATFORM_ADMIN_PASSWORD");
      assertThatThrownBy(() -> start(new FirstPlatformAdmin.Settings(true, "ops", null, "ops@example.org", null, null)))
          .as("no password, no subject: there is no default").hasMessageContaining("no default password");
      assertThatThrownBy(() -> start(new FirstPlatformAdmin.Settings(true, "ops", null, "ops@example.org", "liaison", null)))
          .hasMessageContaining("LIAISON_PLATFORM_ADMIN_PASSWORD").hasMessageContaining("at least 12 characters");
      assertThatThrownBy(() -> start(new FirstPlatformAdmin.Settings(true, "Not Valid", null, "ops@example.org",
          "a good long passphrase", null))).hasMessageContaining("LIAISON_PLATFORM_ADMIN_USERNAME");
      assertThat(accounts.anyPlatformAdmin()).isFalse();
    });
  }

  @Test
  void the_first_start_creates_the_admin_from_the_environment_and_later_starts_ignore_it() {
    String ops = "ops-" + UUID.randomUUID().toString().substring(0, 6);
    withoutPlatformAdmins(tx -> {
      start(new FirstPlatformAdmin.Settings(true, ops.toUpperCase(), "Operations", ops + "@example.org",
          "a good long passphrase", null));
      assertThat(accounts.isPlatformAdmin(ops)).isTrue();
      assertThat(accounts.person(ops).orElseThrow().displayName()).isEqualTo("Operations");
      assertThat(passwords.matches("a good long passphrase", accounts.passwordHashOf(ops).orElseThrow())).isTrue();

      start(new FirstPlatformAdmin.Settings(true, "someone-else", null, "else@example.org", "another long passphrase", null));
      assertThat(accounts.usernameTaken("someone-else")).as("ignored once an admin exists").isFalse();
    });
  }

  @Test
  void with_keycloak_the_first_admin_is_bound_to_the_subject_of_their_keycloak_account() {
    String ops = "kops-" + UUID.randomUUID().toString().substring(0, 6);
    String subject = UUID.randomUUID().toString();
    withoutPlatformAdmins(tx -> {
      start(new FirstPlatformAdmin.Settings(true, ops, null, ops + "@example.org", null, subject));
      assertThat(accounts.isPlatformAdmin(ops)).isTrue();
      assertThat(accounts.usernameForSubject(subject)).contains(ops);
      assertThat(accounts.hasLocalAccount(ops)).as("no password at all").isFalse();
    });
  }
}
