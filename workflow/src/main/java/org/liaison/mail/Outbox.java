package org.liaison.mail;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
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
    return enqueue(mail, List.of());
  }

  /**
   * Like {@link #enqueue(OutgoingMail)}, for a message carrying secrets: strings of its body that only
   * its recipients may read, such as the token of an invitation link. The Sent mail page shows them
   * masked, and once the message went out by SMTP they are wiped from the stored body, so the outbox
   * keeps no usable link. (The mail catcher keeps them: without an SMTP server it is where mail arrives.)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueue(OutgoingMail mail, Collection<String> secrets) {
    validator.check(mail);
    return insert(rowSecurity.boundTenant(), mail, secrets);
  }

  /**
   * Queues a message that belongs to no coalition (a password reset link for a person who may be in
   * none), on the platform lane that no coalition's transaction sees; joins the caller's transaction.
   * The caller decides who may send it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueuePlatform(OutgoingMail mail, Collection<String> secrets) {
    validator.check(mail);
    rowSecurity.bindPlatform();
    return insert(null, mail, secrets);
  }

  private boolean insert(String tenantId, OutgoingMail mail, Collection<String> secrets) {
    Instant now = clock.instant();
    String[] recipients = new LinkedHashSet<>(mail.to().stream().map(String::strip).toList()).toArray(String[]::new);
    String[] secretValues = secrets.stream().filter(x -> x != null && !x.isBlank()).distinct().toArray(String[]::new);
    return jdbc.sql("""
            insert into app.outbox_message (id, tenant_id, idempotency_key, recipients, subject, body, status,
                attempts, next_attempt_at, created_at, secrets)
            values (:id, :tenant, :key, :recipients, :subject, :body, 'PENDING', 0, :now, :now, :secrets)
            on conflict do nothing""")
        .param("id", UUID.randomUUID())
        .param("tenant", tenantId)
        .param("key", mail.idempotencyKey().strip())
        .param("recipients", recipients)
        .param("subject", mail.subject().strip())
        .param("body", mail.body())
        .param("now", Timestamp.from(now))
        .param("secrets", secretValues.length == 0 ? null : secretValues)
        .update() == 1;
  }

  /**
   * The latest messages that belong to no coalition (password reset links), newest first. The caller
   * decides who may read them (platform admins).
   *
   * @param limit how many, at most {@link #MAX_RECENT}
   */
  @Transactional(readOnly = true)
  public List<SentMail> platformRecent(int limit) {
    rowSecurity.bindPlatform();
    return jdbc.sql("""
            select id, recipients, subject, body, status, attempts, last_error, created_at, sent_at, delivered_via, secrets
              from app.outbox_message
             where tenant_id is null
             order by created_at desc, id
             limit :limit""")
        .param("limit", Math.max(0, Math.min(limit, MAX_RECENT)))
        .query(Outbox::sentMail)
        .list();
  }

  /**
   * The current coalition's latest messages, newest first, whatever their status; for its
   * coordinators and admins (messages may carry what a case is about).
   *
   * @param limit how many, at most {@link #MAX_RECENT}
   */
  @Transactional(readOnly = true)
  public List<SentMail> recent(int limit) {
    return ofCoalition(coordinatorOrAdmin(), false, limit);
  }

  /**
   * The current coalition's messages the dispatcher gave up on (refused by the server, or every
   * attempt failed), newest first, at most {@code limit} (≤ {@link #MAX_RECENT}); for its
   * coordinators and admins.
   */
  @Transactional(readOnly = true)
  public List<SentMail> failed(int limit) {
    return ofCoalition(coordinatorOrAdmin(), true, limit);
  }

  private List<SentMail> ofCoalition(Actor actor, boolean failedOnly, int limit) {
    return jdbc.sql("""
            select id, recipients, subject, body, status, attempts, last_error, created_at, sent_at, delivered_via, secrets
              from app.outbox_message
             where tenant_id = :tenant and (not :failedOnly or status = 'FAILED')
             order by created_at desc, id
             limit :limit""")
        .param("tenant", actor.tenantId())
        .param("failedOnly", failedOnly)
        .param("limit", Math.max(0, Math.min(limit, MAX_RECENT)))
        .query(Outbox::sentMail)
        .list();
  }

  /**
   * Sends a failed message of the current coalition again, once its cause is fixed (a wrong
   * address corrected at the server, the server back): it is queued as new, with a fresh count of
   * attempts, and its last error kept until the next attempt. A message of another coalition, or
   * one that has not failed, is {@link org.liaison.common.NotFoundException}: nothing changes.
   */
  @Transactional
  public void retry(java.util.UUID id) {
    Actor actor = coordinatorOrAdmin();
    int changed = jdbc.sql("""
            update app.outbox_message set status = 'PENDING', attempts = 0, next_attempt_at = :now
             where tenant_id = :tenant and id = :id and status = 'FAILED'""")
        .param("now", Timestamp.from(clock.instant()))
        .param("tenant", actor.tenantId())
        .param("id", id)
        .update();
    if (changed == 0) {
      throw new org.liaison.common.NotFoundException("No failed message " + id + " in this coalition");
    }
  }

  /** Mail queued and not yet sent, and mail given up on, over every coalition: two numbers for the operators' metrics. */
  public long[] totals() {
    return jdbc.sql("select pending, failed from app.outbox_totals()")
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
  }

  private static Actor coordinatorOrAdmin() {
    Actor actor = TenantContext.current();
    if (!actor.has(Role.COORDINATOR) && !actor.has(Role.ADMIN)) {
      throw new NotAllowedException("Only a coordinator or an admin of the coalition can read its sent mail");
    }
    return actor;
  }

  /** How messages leave Liaison here: by SMTP, or kept by the mail catcher when no SMTP server is configured. */
  public DeliveredVia deliversVia() {
    return transport.via();
  }

  /**
   * A message as the Sent mail page shows it: its secrets masked unless it was delivered to the mail
   * catcher (where it arrives when there is no SMTP server).
   */
  private static SentMail sentMail(ResultSet rs, int n) throws SQLException {
    Array recipients = rs.getArray("recipients");
    Timestamp sentAt = rs.getTimestamp("sent_at");
    String via = rs.getString("delivered_via");
    String body = rs.getString("body");
    if (hasColumn(rs, "secrets") && rs.getArray("secrets") != null) {
      if (via == null || DeliveredVia.fromKey(via) != DeliveredVia.CATCHER) {
        body = masked(body, Arrays.asList((String[]) rs.getArray("secrets").getArray()));
      }
    }
    return new SentMail(rs.getObject("id", UUID.class), Arrays.asList((String[]) recipients.getArray()),
        rs.getString("subject"), body, MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
        sentAt == null ? null : sentAt.toInstant(), via == null ? null : DeliveredVia.fromKey(via));
  }

  /** The body with each secret replaced by a mark that says what happened to it. */
  public static String masked(String body, Collection<String> secrets) {
    String result = body;
    for (String secret : secrets) {
      if (secret != null && !secret.isBlank()) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  /** What replaces a secret on the Sent mail page and, once sent by SMTP, in the stored body. */
  public static final String MASK = "[link for the recipient only]";

  private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
    var meta = rs.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      if (column.equalsIgnoreCase(meta.getColumnLabel(i))) {
        return true;
      }
    }
    return false;
  }
}
