package org.liaison.mail.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.liaison.mail.DeliveredVia;
import org.liaison.mail.MailStatus;
import org.liaison.mail.Outbox;
import org.liaison.tenancy.RowSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. For each coalition, in a transaction bound to it, it locks a batch of
 * due {@code PENDING} messages ({@code FOR UPDATE SKIP LOCKED}, so several dispatchers — the schedule
 * on several nodes, a test — never take the same message), hands each to the {@link MailTransport} and
 * records the outcome in the same transaction: {@code SENT} with the time and the transport, or one
 * more attempt with a short reason and a later next attempt (waits double up to a limit), and
 * {@code FAILED} after the configured number of attempts or when the server refuses the recipients.
 *
 * <p><b>Exactly once, and where that ends.</b> Inside Liaison a message exists once per coalition and
 * idempotency key and is marked sent in the transaction that locked it, so dispatching again, or on
 * two nodes at once, sends nothing twice. The SMTP hand-over itself cannot take part in the
 * database transaction: if the process dies, or the commit fails, after the server accepted a
 * message but before its {@code SENT} mark is committed, the message is still {@code PENDING} and is
 * sent again — at least once at the SMTP boundary, never zero times. Such a second copy carries the
 * same {@code Message-ID} (derived from the coalition and the idempotency key), so mail systems and
 * clients that deduplicate by Message-ID show it once. The window is one batch of one coalition:
 * {@code liaison.mail.batch-size} is 1 by default, a transaction per message, so a crash re-sends at most
 * the message in flight; with larger batches a worker killed again and again re-sent the head of its
 * queue at every kill (up to 9 copies in {@code AsyncWorkFaultsIT}'s 200-kill run with batches of 20).
 */
@Component
public class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  static final int MAX_ERROR_LENGTH = 500;

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final RowSecurity rowSecurity;
  private final MailTransport transport;
  private final OutboxProperties properties;
  private final Clock clock;

  OutboxDispatcher(JdbcClient jdbc, PlatformTransactionManager transactions, RowSecurity rowSecurity,
      MailTransport transport, OutboxProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.rowSecurity = rowSecurity;
    this.transport = transport;
    this.properties = properties;
    this.clock = clock;
  }

  /** What one run did: messages handed over, attempts that failed and will be retried, messages given up. */
  public record Report(int sent, int retrying, int failed) {

    static final Report NONE = new Report(0, 0, 0);

    Report plus(Report other) {
      return new Report(sent + other.sent, retrying + other.retrying, failed + other.failed);
    }

    public int handled() {
      return sent + retrying + failed;
    }
  }

  /**
   * Sends every message that is due now, coalition by coalition. A coalition whose run fails (the
   * database, not a message) is logged and tried again at the next run; the others go on.
   */
  public Report dispatchOnce() {
    Report total = Report.NONE;
    for (String tenantId : coalitions()) {
      try {
        Report batch;
        do {
          batch = tx.execute(status -> dispatchBatch(tenantId));
          total = total.plus(batch);
        } while (batch.handled() == properties.batchSize());
      } catch (RuntimeException e) {
        log.warn("Dispatching the mail of coalition {} failed; the next run tries again: {}", tenantId, e.toString());
      }
    }
    try {
      Report batch;
      do {
        batch = tx.execute(status -> dispatchBatch(null));
        total = total.plus(batch);
      } while (batch.handled() == properties.batchSize());
    } catch (RuntimeException e) {
      log.warn("Dispatching the platform mail failed; the next run tries again: {}", e.toString());
    }
    if (total.handled() > 0) {
      log.info("Outbox: {} sent, {} to retry, {} failed", total.sent(), total.retrying(), total.failed());
    }
    return total;
  }

  private List<String> coalitions() {
    return tx.execute(status -> jdbc.sql("select id from app.tenant order by id").query(String.class).list());
  }

  /** One batch of a coalition's due mail, or of the platform lane's when {@code tenantId} is null. */
  private Report dispatchBatch(String tenantId) {
    if (tenantId == null) {
      rowSecurity.bindPlatform();
    } else {
      rowSecurity.bindTenant(tenantId);
    }
    // two spellings of the lane, so that each uses its own index (IS NOT DISTINCT FROM would use none)
    String lane = tenantId == null ? "tenant_id is null" : "tenant_id = :tenant";
    List<QueuedMail> due = jdbc.sql("""
            select id, tenant_id, idempotency_key, recipients, subject, body, attempts from app.outbox_message
             where %s and status = 'PENDING' and next_attempt_at <= :now
             order by next_attempt_at, created_at
             limit :batch
               for update skip locked""".formatted(lane))
        .params(tenantId == null ? java.util.Map.of() : java.util.Map.of("tenant", tenantId))
        .param("now", Timestamp.from(clock.instant()))
        .param("batch", properties.batchSize())
        .query(OutboxDispatcher::queuedMail)
        .list();
    Report report = Report.NONE;
    for (QueuedMail mail : due) {
      report = report.plus(send(mail));
    }
    return report;
  }

  private Report send(QueuedMail mail) {
    try {
      transport.deliver(mail);
    } catch (UndeliverableMailException e) {
      recordFailure(mail, e, true);
      return new Report(0, 0, 1);
    } catch (RuntimeException e) {
      boolean givingUp = mail.attempts() + 1 >= properties.maxAttempts();
      recordFailure(mail, e, givingUp);
      return givingUp ? new Report(0, 0, 1) : new Report(0, 1, 0);
    }
    jdbc.sql("""
            update app.outbox_message set status = 'SENT', attempts = attempts + 1, sent_at = :now, delivered_via = :via
             where id = :id""")
        .param("now", Timestamp.from(clock.instant()))
        .param("via", transport.via().key())
        .param("id", mail.id())
        .update();
    if (transport.via() != DeliveredVia.CATCHER) {
      wipeSecrets(mail);
    }
    return new Report(1, 0, 0);
  }

  private void recordFailure(QueuedMail mail, RuntimeException e, boolean givingUp) {
    int attempts = mail.attempts() + 1;
    Instant next = clock.instant().plus(properties.retryAfter(attempts));
    String reason = reason(e);
    jdbc.sql("""
            update app.outbox_message set status = :status, attempts = :attempts, last_error = :error,
                   next_attempt_at = :next
             where id = :id""")
        .param("status", (givingUp ? MailStatus.FAILED : MailStatus.PENDING).name())
        .param("attempts", attempts)
        .param("error", reason)
        .param("next", Timestamp.from(next))
        .param("id", mail.id())
        .update();
    if (givingUp) {
      log.warn("Outbox: gave up message {} of coalition {} after {} attempt(s): {}", mail.id(), mail.tenantId(),
          attempts, reason);
    } else {
      log.info("Outbox: attempt {} of message {} of coalition {} failed, next at {}: {}", attempts, mail.id(),
          mail.tenantId(), next, reason);
    }
  }

  /** Once a message carrying secrets (a sign-in link) left by SMTP, the stored copy keeps no usable link. */
  private void wipeSecrets(QueuedMail mail) {
    List<String> secrets = jdbc.sql("select secrets from app.outbox_message where id = :id and secrets is not null")
        .param("id", mail.id())
        .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray()))
        .optional().orElse(List.of());
    if (!secrets.isEmpty()) {
      jdbc.sql("update app.outbox_message set body = :body, secrets = null where id = :id")
          .param("body", Outbox.masked(mail.body(), secrets))
          .param("id", mail.id())
          .update();
    }
  }

  /**
   * One line for the Sent mail page and the log: the failure and, if it differs, its root cause,
   * e.g. {@code Mail server connection failed (ConnectException: Connection refused)}. No stack trace.
   */
  static String reason(Throwable failure) {
    // Spring reports a failed send as "Failed messages: <the message's own exception>": show that one
    Throwable e = failure instanceof MailSendException send && send.getFailedMessages().size() == 1
        ? send.getFailedMessages().values().iterator().next() : failure;
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    if (root != e) {
      text += " (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage())) + ")";
    }
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    int nested = line.indexOf("; nested exception is");
    String shown = nested < 0 ? line : line.substring(0, nested);
    return shown.endsWith(";") ? shown.substring(0, shown.length() - 1) : shown;
  }

  private static QueuedMail queuedMail(ResultSet rs, int n) throws SQLException {
    Array recipients = rs.getArray("recipients");
    return new QueuedMail(rs.getObject("id", UUID.class), rs.getString("tenant_id"), rs.getString("idempotency_key"),
        Arrays.asList((String[]) recipients.getArray()), rs.getString("subject"), rs.getString("body"),
        rs.getInt("attempts"));
  }
}
