package org.liaison.mail;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.common.InputValidator;
import org.liaison.common.NotAllowedException;
import org.liaison.mail.internal.MailTransport;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.Role;
import org.liaison.tenancy.RowSecurity;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coalition's outgoing mail. Features queue messages here inside their own transaction; a
 * dispatcher sends them afterwards, by SMTP or, without an SMTP server, to the built-in mail catcher.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Outbox {

  /** The most messages {@link #recent(int)} returns. */
  public static final int MAX_RECENT = 500;

  private final JdbcClient jdbc;
  private final InputValidator validator;
  private final RowSecurity rowSecurity;
  private final MailTransport transport;
  private final Clock clock;

  /**
   * Queues a message for the coalition bound to the current transaction, which it joins: the message
   * is sent only if that transaction commits, and never if it rolls back. Call it from the feature
   * service or engine delegate whose work the message reports, never on its own.
   *
   * <p>The coalition is the one row-level security binds the transaction to: the signed-in actor's,
   * or the one engine code gave {@link RowSecurity#bindTenant}.
   *
   * @return true if the message was queued; false if this coalition already queued a message with
   *     the same idempotency key (which stays as it was, whatever this one says), so a retried job
   *     or a repeated call sends nothing twice
   * @throws org.liaison.common.InvalidInputException for an invalid message; nothing is queued
   * @throws org.liaison.tenancy.NoCoalitionSelectedException when the transaction is bound to no coalition
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueue(OutgoingMail mail) {
    validator.check(mail);
    String tenantId = rowSecurity.boundTenant();
    Instant now = clock.instant();
    String[] recipients = new LinkedHashSet<>(mail.to().stream().map(String::strip).toList()).toArray(String[]::new);
    return jdbc.sql("""
            insert into app.outbox_message (id, tenant_id, idempotency_key, recipients, subject, body, status,
                attempts, next_attempt_at, created_at)
            values (:id, :tenant, :key, :recipients, :subject, :body, 'PENDING', 0, :now, :now)
            on conflict (tenant_id, idempotency_key) do nothing""")
        .param("id", UUID.randomUUID())
        .param("tenant", tenantId)
        .param("key", mail.idempotencyKey().strip())
        .param("recipients", recipients)
        .param("subject", mail.subject().strip())
        .param("body", mail.body())
        .param("now", Timestamp.from(now))
        .update() == 1;
  }

  /**
   * The current coalition's latest messages, newest first, whatever their status; for its
   * coordinators and admins (messages may carry what a case is about).
   *
   * @param limit how many, at most {@link #MAX_RECENT}
   */
  @Transactional(readOnly = true)
  public List<SentMail> recent(int limit) {
    Actor actor = TenantContext.current();
    if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMIN)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can read its sent mail");
    }
    return jdbc.sql("""
            select id, recipients, subject, body, status, attempts, last_error, created_at, sent_at, delivered_via
              from app.outbox_message
             where tenant_id = :tenant
             order by created_at desc, id
             limit :limit""")
        .param("tenant", actor.tenantId())
        .param("limit", Math.max(0, Math.min(limit, MAX_RECENT)))
        .query(Outbox::sentMail)
        .list();
  }

  /** How messages leave Liaison here: by SMTP, or kept by the mail catcher when no SMTP server is configured. */
  public DeliveredVia deliversVia() {
    return transport.via();
  }

  private static SentMail sentMail(ResultSet rs, int n) throws SQLException {
    Array recipients = rs.getArray("recipients");
    Timestamp sentAt = rs.getTimestamp("sent_at");
    String via = rs.getString("delivered_via");
    return new SentMail(rs.getObject("id", UUID.class), Arrays.asList((String[]) recipients.getArray()),
        rs.getString("subject"), rs.getString("body"), MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
        sentAt == null ? null : sentAt.toInstant(), via == null ? null : DeliveredVia.fromKey(via));
  }
}
