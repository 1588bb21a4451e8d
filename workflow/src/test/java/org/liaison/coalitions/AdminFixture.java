package org.liaison.coalitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.accounts.Accounts;
import org.liaison.accounts.NewAccount;
import org.liaison.accounts.Person;
import org.liaison.accounts.SignedIn;
import org.liaison.tenancy.RegisteredCoalition;
import org.liaison.testing.TestDatabase;

/**
 * A platform admin of its own and helpers that look at the database as its owner (the mail a test
 * person would receive, what a table really stores), for the coalition administration tests.
 */
final class AdminFixture {

  static final String PASSWORD = "a long enough passphrase";
  static final Pattern LINK = Pattern.compile("/invitation/([a-z0-9-]+)/([A-Za-z0-9_-]{43})");

  final String suffix = UUID.randomUUID().toString().substring(0, 6);
  final String admin = "root-" + suffix;
  private final Accounts accounts;
  private final PlatformAdministration platform;
  private final Invitations invitations;
  private final TestDatabase db;

  AdminFixture(Accounts accounts, PlatformAdministration platform, Invitations invitations, TestDatabase db) {
    this.accounts = accounts;
    this.platform = platform;
    this.invitations = invitations;
    this.db = db;
    accounts.ensurePerson(new Person(admin, "Root " + suffix, admin + "@platform.example"), null);
    accounts.grantPlatformAdmin(admin, "test");
  }

  <T> T asAdmin(Supplier<T> work) {
    return SignedIn.callAs(admin, work);
  }

  /** A new coalition whose first coordinator ({@code chair-<suffix>}) has accepted; returns its id. */
  String coalitionWithCoordinator(String name) {
    String id = name + "-" + suffix;
    RegisteredCoalition created = asAdmin(() -> platform.create(new NewCoalition("Coalition " + id, id,
        (name.substring(0, 1) + suffix).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "X"), "chair@" + id + ".example")));
    String token = lastLink(created.id())[1];
    invitations.acceptWithNewAccount(created.id(), token, account(chair(id)));
    return created.id();
  }

  static String chair(String coalitionId) {
    return ("chair-" + coalitionId).substring(0, Math.min(40, ("chair-" + coalitionId).length()));
  }

  static NewAccount account(String username) {
    return new NewAccount(username, "Name of " + username, PASSWORD, PASSWORD);
  }

  /** The coalition id and token of the newest invitation link mailed in a coalition. */
  String[] lastLink(String coalitionId) {
    List<String> bodies = query("select body from app.outbox_message where tenant_id = ? and idempotency_key like 'invitation:%'"
        + " order by created_at desc", coalitionId);
    assertThat(bodies).as("invitation mail of %s", coalitionId).isNotEmpty();
    Matcher m = LINK.matcher(bodies.get(0));
    assertThat(m.find()).as("a link in %s", bodies.get(0)).isTrue();
    return new String[] {m.group(1), m.group(2)};
  }

  /** The newest invitation link mailed to an address in a coalition. */
  String linkTo(String coalitionId, String email) {
    List<String> bodies = query("select body from app.outbox_message where tenant_id = ? and ? = any(recipients)"
        + " and idempotency_key like 'invitation:%' order by created_at desc", coalitionId, email);
    assertThat(bodies).as("invitation mail to %s", email).isNotEmpty();
    Matcher m = LINK.matcher(bodies.get(0));
    assertThat(m.find()).isTrue();
    return m.group(2);
  }

  /** Rows as the owner sees them (no row-level security), first column as text. */
  List<String> query(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
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

  void update(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
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
