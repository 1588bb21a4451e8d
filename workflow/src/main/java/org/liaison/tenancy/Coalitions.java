package org.liaison.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaison.common.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of coalitions (tenants): creating one, its status, and per-coalition member counts.
 * These are primitives without a permission check of their own: the coalition administration
 * feature decides who may call them (platform admins) and records each change.
 */
@Service
public class Coalitions {

  private static final String COLUMNS = """
      id, name, reference_prefix, status, status_reason, status_changed_at, status_changed_by, created_at, created_by""";

  private final JdbcClient jdbc;
  Coalitions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A page of the coalitions, by name (at most {@value #PAGE_MAX}). */
  @Transactional(readOnly = true)
  public List<RegisteredCoalition> page(int offset, int limit) {
    return jdbc.sql("select " + COLUMNS + " from app.tenant order by lower(name), id offset :offset limit :limit")
        .param("offset", Math.max(0, offset)).param("limit", Math.max(0, Math.min(limit, PAGE_MAX)))
        .query(Coalitions::row).list();
  }

  /**
   * Every coalition, by id, for the platform's own jobs that visit each in turn (the audit chain
   * check, key rotation); at most {@value #ALL_MAX}. Screens page with {@link #page}.
   */
  @Transactional(readOnly = true)
  public List<RegisteredCoalition> all() {
    return jdbc.sql("select " + COLUMNS + " from app.tenant order by id limit " + ALL_MAX).query(Coalitions::row).list();
  }

  /** The most coalitions {@link #all()} returns: far beyond what one installation hosts. */
  public static final int ALL_MAX = 10_000;

  /** How many coalitions there are. */
  @Transactional(readOnly = true)
  public int count() {
    return jdbc.sql("select count(*) from app.tenant").query(Integer.class).single();
  }

  /**
   * Members and pending invitations (sent, not accepted, revoked or expired at {@code at}) of each
   * of the given coalitions, in one round trip: {@code [members, pending]} by coalition id.
   */
  @Transactional(readOnly = true)
  public Map<String, int[]> counts(List<String> ids, Instant at) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    jdbc.sql("select tenant_id, members, pending_invitations from app.coalition_counts(:ids, :at)")
        .param("ids", ids.toArray(String[]::new)).param("at", Timestamp.from(at))
        .query((rs, n) -> counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)})).list();
    return counts;
  }

  /** The most coalitions one page holds. */
  public static final int PAGE_MAX = 100;

  @Transactional(readOnly = true)
  public Optional<RegisteredCoalition> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from app.tenant where id = :id").param("id", id).query(Coalitions::row).optional();
  }

  /**
   * Registers a new, active coalition. Its id or reference prefix already taken: an
   * {@link InvalidInputException} naming that field, nothing created.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void register(Coalition coalition, String createdBy, Instant at) {
    if (find(coalition.id()).isPresent()) {
      throw InvalidInputException.of("id", "The short id '" + coalition.id() + "' is taken: choose another one.");
    }
    if (jdbc.sql("select count(*) from app.tenant where reference_prefix = :prefix")
        .param("prefix", coalition.referencePrefix()).query(Long.class).single() > 0) {
      throw InvalidInputException.of("referencePrefix",
          "The reference prefix '" + coalition.referencePrefix() + "' is taken: choose another one.");
    }
    jdbc.sql("""
            insert into app.tenant (id, name, reference_prefix, status, created_at, created_by)
            values (:id, :name, :prefix, 'active', :at, :by)""")
        .param("id", coalition.id())
        .param("name", coalition.name())
        .param("prefix", coalition.referencePrefix())
        .param("at", Timestamp.from(at))
        .param("by", createdBy)
        .update();
  }

  /** Changes a coalition's status; a suspension needs a reason. Returns false if the coalition does not exist. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean setStatus(String id, CoalitionStatus status, String reason, String by, Instant at) {
    return jdbc.sql("""
            update app.tenant set status = :status, status_reason = :reason, status_changed_at = :at,
                   status_changed_by = :by
             where id = :id""")
        .param("status", status.key())
        .param("reason", reason)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .param("id", id)
        .update() == 1;
  }


  private static RegisteredCoalition row(ResultSet rs, int n) throws SQLException {
    return new RegisteredCoalition(
        new Coalition(rs.getString("id"), rs.getString("name"), rs.getString("reference_prefix")),
        CoalitionStatus.fromKey(rs.getString("status")), rs.getString("status_reason"),
        instant(rs.getTimestamp("status_changed_at")), rs.getString("status_changed_by"),
        instant(rs.getTimestamp("created_at")), rs.getString("created_by"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
