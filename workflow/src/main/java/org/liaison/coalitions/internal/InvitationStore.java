package org.liaison.coalitions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaison.tenancy.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The invitation table; the callers bind the coalition (row-level security) and check permissions. */
@Component
public class InvitationStore {

  private static final String COLUMNS = """
      id, tenant_id, email, roles, invited_by, created_at, sent_at, sends, expires_at, accepted_at, revoked_at""";

  private final JdbcClient jdbc;

  InvitationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(StoredInvitation i, String tokenHash) {
    jdbc.sql("""
            insert into app.invitation (id, tenant_id, email, roles, token_hash, invited_by, created_at, sent_at, sends,
                expires_at)
            values (:id, :tenant, :email, :roles, :hash, :by, :created, :sent, 1, :expires)""")
        .param("id", i.id()).param("tenant", i.tenantId()).param("email", i.email())
        .param("roles", keys(i.roles())).param("hash", tokenHash).param("by", i.invitedBy())
        .param("created", Timestamp.from(i.createdAt())).param("sent", Timestamp.from(i.sentAt()))
        .param("expires", Timestamp.from(i.expiresAt()))
        .update();
  }

  /** The invitation a token names in a coalition, locked for the rest of the transaction. */
  public Optional<StoredInvitation> byTokenForUpdate(String tenantId, String tokenHash) {
    return jdbc.sql("select " + COLUMNS + " from app.invitation where tenant_id = :tenant and token_hash = :hash for update")
        .param("tenant", tenantId).param("hash", tokenHash).query(InvitationStore::row).optional();
  }

  public Optional<StoredInvitation> byToken(String tenantId, String tokenHash) {
    return jdbc.sql("select " + COLUMNS + " from app.invitation where tenant_id = :tenant and token_hash = :hash")
        .param("tenant", tenantId).param("hash", tokenHash).query(InvitationStore::row).optional();
  }

  public Optional<StoredInvitation> byIdForUpdate(String tenantId, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from app.invitation where tenant_id = :tenant and id = :id for update")
        .param("tenant", tenantId).param("id", id).query(InvitationStore::row).optional();
  }

  /** Invitations not accepted, revoked or expired, newest first. */
  public List<StoredInvitation> pending(String tenantId, Instant now) {
    return jdbc.sql("select " + COLUMNS + """
             from app.invitation
            where tenant_id = :tenant and accepted_at is null and revoked_at is null and expires_at > :now
            order by sent_at desc, id""")
        .param("tenant", tenantId).param("now", Timestamp.from(now)).query(InvitationStore::row).list();
  }

  /** A page of the pending invitations, newest first. */
  public List<StoredInvitation> pending(String tenantId, Instant now, int offset, int limit) {
    return jdbc.sql("select " + COLUMNS + """
             from app.invitation
            where tenant_id = :tenant and accepted_at is null and revoked_at is null and expires_at > :now
            order by sent_at desc, id offset :offset limit :limit""")
        .param("tenant", tenantId).param("now", Timestamp.from(now)).param("offset", Math.max(0, offset))
        .param("limit", Math.max(0, limit)).query(InvitationStore::row).list();
  }

  public int pendingCount(String tenantId, Instant now) {
    return jdbc.sql("""
            select count(*) from app.invitation
             where tenant_id = :tenant and accepted_at is null and revoked_at is null and expires_at > :now""")
        .param("tenant", tenantId).param("now", Timestamp.from(now)).query(Integer.class).single();
  }

  public void markAccepted(UUID id, String username, Instant at) {
    jdbc.sql("update app.invitation set accepted_at = :at, accepted_by = :u where id = :id")
        .param("at", Timestamp.from(at)).param("u", username).param("id", id).update();
  }

  public void markRevoked(UUID id, String by, Instant at) {
    jdbc.sql("update app.invitation set revoked_at = :at, revoked_by = :by where id = :id")
        .param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
  }

  /** A new link (the old one stops working) and a new expiry. */
  public void resent(UUID id, String tokenHash, Instant at, Instant expires) {
    jdbc.sql("update app.invitation set token_hash = :hash, sent_at = :at, sends = sends + 1, expires_at = :exp where id = :id")
        .param("hash", tokenHash).param("at", Timestamp.from(at)).param("exp", Timestamp.from(expires)).param("id", id)
        .update();
  }

  /** Serialises sending invitations of one coalition, so its hourly limit holds under concurrent clicks. */
  public void lockSending(String tenantId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended('invitations:' || :tenant, 0))")
        .param("tenant", tenantId).query().singleRow();
  }

  static Set<Role> roles(String[] keys) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(keys).map(Role::fromKey).forEach(roles::add);
    return roles;
  }

  static String[] keys(Set<Role> roles) {
    return roles.stream().sorted().map(Role::key).toArray(String[]::new);
  }

  private static StoredInvitation row(ResultSet rs, int n) throws SQLException {
    return new StoredInvitation(rs.getObject("id", UUID.class), rs.getString("tenant_id"), rs.getString("email"),
        roles((String[]) rs.getArray("roles").getArray()), rs.getString("invited_by"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("sent_at").toInstant(), rs.getInt("sends"),
        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("accepted_at")),
        instant(rs.getTimestamp("revoked_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
