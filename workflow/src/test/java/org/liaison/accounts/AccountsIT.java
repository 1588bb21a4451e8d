package org.liaison.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.DatabaseIT;
import org.liaison.TestCoalitions;
import org.liaison.common.InvalidInputException;
import org.liaison.common.NotAllowedException;
import org.liaison.common.SecretTokens;
import org.liaison.mail.Outbox;
import org.liaison.tenancy.MembershipService;
import org.liaison.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Local accounts: each person's own BCrypt-hashed password, the password rule, changing it, and
 * resetting it by a mailed link that works once, expires, is stored as a hash and goes out as
 * platform mail that no coalition sees.
 */
class AccountsIT extends DatabaseIT {

  static final String PASSWORD = "first long passphrase";
  static final Pattern RESET_LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})");

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired Outbox outbox;
  @Autowired MembershipService memberships;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  String username;
  String email;

  @BeforeEach
  void anAccount() {
    username = "pat-" + UUID.randomUUID().toString().substring(0, 6);
    email = username + "@accounts.example";
    accounts.ensurePerson(new Person(username, "Pat", email), passwords.encode(PASSWORD));
  }

  @Test
  void a_person_changes_their_password_with_the_current_one_and_a_new_one_that_passes_the_rule() {
    assertThatThrownBy(() -> SignedIn.runAs(username, () -> accounts.changePassword("wrong", "short", "other")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("currentPassword", "password", "passwordRepeat"));
    SignedIn.runAs(username, () -> accounts.changePassword(PASSWORD, "second long passphrase", "second long passphrase"));
    assertThat(passwords.matches("second long passphrase", accounts.passwordHashOf(username).orElseThrow())).isTrue();
    assertThatThrownBy(() -> accounts.changePassword(PASSWORD, "x", "x")).as("nobody signed in")
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void a_reset_link_is_mailed_as_platform_mail_works_once_and_is_stored_as_a_hash() {
    accounts.requestPasswordReset(email.toUpperCase());
    String token = lastResetToken(username);
    assertThat(owner("select token_hash from app.password_reset where username = ?", username))
        .containsExactly(SecretTokens.hash(token));
    assertThat(accounts.resetLink(token)).isEqualTo(new ResetLink(ResetLink.State.VALID, username));

    assertThatThrownBy(() -> accounts.resetPassword(token, "too short", "too short"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("password"));
    assertThat(accounts.resetLink(token).state()).as("a refused password uses nothing up").isEqualTo(ResetLink.State.VALID);
    assertThat(accounts.resetPassword(token, "brand new passphrase", "brand new passphrase")).isEqualTo(username);
    assertThat(passwords.matches("brand new passphrase", accounts.passwordHashOf(username).orElseThrow())).isTrue();

    assertThat(accounts.resetLink(token).state()).isEqualTo(ResetLink.State.USED);
    assertThatThrownBy(() -> accounts.resetPassword(token, "another new passphrase", "another new passphrase"))
        .isInstanceOfSatisfying(ResetLinkNotUsableException.class, e -> assertThat(e.state()).isEqualTo(ResetLink.State.USED));
    String tampered = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
    assertThat(accounts.resetLink(tampered).state()).isEqualTo(ResetLink.State.INVALID);
    assertThat(accounts.resetLink("garbage").state()).isEqualTo(ResetLink.State.INVALID);
  }

  @Test
  void an_expired_reset_link_sets_nothing() {
    accounts.requestPasswordReset(username);
    String token = lastResetToken(username);
    ownerUpdate("update app.password_reset set expires_at = now() - interval '1 second' where username = ?", username);
    assertThatThrownBy(() -> accounts.resetPassword(token, "brand new passphrase", "brand new passphrase"))
        .isInstanceOfSatisfying(ResetLinkNotUsableException.class, e -> assertThat(e.state()).isEqualTo(ResetLink.State.EXPIRED))
        .hasMessageContaining("expired");
    assertThat(passwords.matches(PASSWORD, accounts.passwordHashOf(username).orElseThrow())).isTrue();
  }

  @Test
  void asking_for_a_reset_answers_the_same_for_unknown_people_and_sends_at_most_three_an_hour() {
    int before = owner("select id from app.outbox_message where tenant_id is null").size();
    accounts.requestPasswordReset("nobody-" + UUID.randomUUID() + "@nowhere.example");
    assertThat(owner("select id from app.outbox_message where tenant_id is null")).hasSize(before);
    for (int i = 0; i < 5; i++) {
      accounts.requestPasswordReset(username);
    }
    assertThat(owner("select token_hash from app.password_reset where username = ?", username)).hasSize(3);
    assertThatThrownBy(() -> accounts.requestPasswordReset(" ")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void platform_mail_is_seen_by_no_coalition() {
    accounts.requestPasswordReset(username);
    String token = lastResetToken(username);
    TestCoalitions coalitions = new TestCoalitions(memberships);
    String seenByCoordinator = TenantContext.callAs(coalitions.coordinatorA(), () -> outbox.recent(Outbox.MAX_RECENT)).toString();
    assertThat(seenByCoordinator).doesNotContain(token).doesNotContain(username);
    Long seenUnbound = tx.execute(s -> jdbc.sql("select count(*) from app.outbox_message where tenant_id is null")
        .query(Long.class).single());
    assertThat(seenUnbound).as("a transaction bound to no lane sees none").isZero();
    assertThat(outbox.platformRecent(10).toString()).as("masked until delivered to the mail catcher")
        .doesNotContain(token).contains(Outbox.MASK);
  }

  String lastResetToken(String who) {
    List<String> bodies = owner("select body from app.outbox_message where tenant_id is null and idempotency_key like 'password-reset:%'"
        + " and body like ? order by created_at desc", "%'" + who + "'%");
    assertThat(bodies).isNotEmpty();
    Matcher m = RESET_LINK.matcher(bodies.get(0));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  List<String> owner(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(database().url(), database().username(), database().password());
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void ownerUpdate(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(database().url(), database().username(), database().password());
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
