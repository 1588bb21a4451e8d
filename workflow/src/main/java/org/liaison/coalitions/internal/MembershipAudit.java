package org.liaison.coalitions.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.liaison.coalitions.AuditAction;
import org.liaison.coalitions.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only membership audit; the callers bind the coalition (row-level security). */
@Component
public class MembershipAudit {

  private final JdbcClient jdbc;

  MembershipAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String tenantId, Instant at, String actor, String subject, AuditAction action, String detail) {
    jdbc.sql("""
            insert into app.membership_audit (tenant_id, occurred_at, actor, subject, action, detail)
            values (:tenant, :at, :actor, :subject, :action, :detail)""")
        .param("tenant", tenantId).param("at", Timestamp.from(at)).param("actor", actor).param("subject", subject)
        .param("action", action.name())
        .param("detail", detail == null ? null : detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail)
        .update();
  }

  /** The newest entries first. */
  public List<AuditEntry> latest(String tenantId, int limit) {
    return jdbc.sql("""
            select occurred_at, actor, subject, action, detail from app.membership_audit
             where tenant_id = :tenant order by occurred_at desc, id desc limit :limit""")
        .param("tenant", tenantId).param("limit", limit)
        .query((rs, n) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
            AuditAction.valueOf(rs.getString(4)), rs.getString(5)))
        .list();
  }

  /** The newest entry of one of {@code actions} about {@code subject}. */
  public Optional<AuditEntry> latestAbout(String tenantId, String subject, List<AuditAction> actions) {
    return jdbc.sql("""
            select occurred_at, actor, subject, action, detail from app.membership_audit
             where tenant_id = :tenant and subject = :subject and action = any(:actions)
             order by occurred_at desc, id desc limit 1""")
        .param("tenant", tenantId).param("subject", subject)
        .param("actions", actions.stream().map(Enum::name).toArray(String[]::new))
        .query((rs, n) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
            AuditAction.valueOf(rs.getString(4)), rs.getString(5)))
        .optional();
  }

  /** How many invitation mails (first sends and resends) the coalition sent since {@code since}. */
  public long invitationsSentSince(String tenantId, Instant since) {
    return jdbc.sql("""
            select count(*) from app.membership_audit
             where tenant_id = :tenant and action in ('INVITED', 'INVITATION_RESENT') and occurred_at > :since""")
        .param("tenant", tenantId).param("since", Timestamp.from(since)).query(Long.class).single();
  }
}
