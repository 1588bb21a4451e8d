package org.liaison.defenders.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.liaison.defenders.AuditAction;
import org.liaison.defenders.AuditChainBreak;
import org.liaison.defenders.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only, hash-chained audit of defender records, per coalition: each row's hash is the
 * SHA-256 of the previous row's hash and of the row's own content, appended one at a time per
 * coalition (an advisory lock), so the chain has no fork. Works in the caller's transaction, bound to
 * the coalition.
 */
@Slf4j
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DefenderAudit {

  /** The previous hash of a coalition's first row. */
  static final String GENESIS = "0".repeat(64);

  private final JdbcClient jdbc;
  private final AuditAnchors anchors;

  public long append(String tenantId, UUID defenderId, String reference, String actor, AuditAction action,
      String reason, Instant at) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended('liaison.defender-audit:' || :t, 0))")
        .param("t", tenantId).query().singleRow();
    record Head(long seq, String hash) {}
    Head head = jdbc.sql("select seq, hash from app.defender_audit where tenant_id = :t order by seq desc limit 1")
        .param("t", tenantId).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional()
        .orElse(new Head(0, GENESIS));
    Instant when = at.truncatedTo(ChronoUnit.MICROS);
    long seq = head.seq() + 1;
    String hash = hash(head.hash(), tenantId, seq, when, actor, defenderId, reference, action.name(), reason);
    jdbc.sql("""
            insert into app.defender_audit (tenant_id, seq, occurred_at, actor, defender_id, reference, action, reason,
                prev_hash, hash)
            values (:t, :seq, :at, :actor, :d, :ref, :action, :reason, :prev, :hash)""")
        .param("t", tenantId).param("seq", seq).param("at", Timestamp.from(when)).param("actor", actor)
        .param("d", defenderId).param("ref", reference).param("action", action.name()).param("reason", reason)
        .param("prev", head.hash()).param("hash", hash).update();
    anchorAfterCommit(tenantId, seq, hash);
    return seq;
  }

  /**
   * Raises the coalition's anchor to the new row once it commits, unless the chain no longer holds the
   * anchored row (then the anchor stays where it is, as the evidence the check reports).
   */
  private void anchorAfterCommit(String tenantId, long seq, String hash) {
    if (!anchors.enabled()) {
      return;
    }
    AuditAnchors.Contents anchored = anchors.read();
    AuditAnchors.Head head = anchored.heads().get(tenantId);
    if (anchored.problem() != null || (head != null && !holds(tenantId, head))) {
      log.error("ALERT: the defender audit chain of coalition {} does not hold its anchor: the anchor is not raised",
          tenantId);
      return;
    }
    Runnable raise = () -> anchors.raise(Map.of(tenantId, new AuditAnchors.Head(seq, hash)));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          raise.run();
        }
      });
    } else {
      raise.run();
    }
  }

  /** Whether the chain still has the anchored row with the anchored hash. */
  private boolean holds(String tenantId, AuditAnchors.Head anchor) {
    return jdbc.sql("select hash from app.defender_audit where tenant_id = :t and seq = :s")
        .param("t", tenantId).param("s", anchor.seq()).query(String.class).optional()
        .map(anchor.hash()::equals).orElse(false);
  }

  /** The coalition's last row (count and hash), if it has any. */
  public java.util.Optional<AuditAnchors.Head> head(String tenantId) {
    return jdbc.sql("select seq, hash from app.defender_audit where tenant_id = :t order by seq desc limit 1")
        .param("t", tenantId).query((rs, n) -> new AuditAnchors.Head(rs.getLong(1), rs.getString(2))).optional();
  }

  public List<AuditEntry> trail(String tenantId, UUID defenderId) {
    return jdbc.sql("""
            select seq, occurred_at, actor, reference, action, reason from app.defender_audit
             where tenant_id = :t and defender_id = :d order by seq limit 1000""")
        .param("t", tenantId).param("d", defenderId)
        .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getString(4), AuditAction.valueOf(rs.getString(5)), rs.getString(6)))
        .list();
  }

  /** Walks the coalition's chain from its first row; every place it does not hold. */
  public List<AuditChainBreak> verify(String tenantId) {
    // the anchor first: it is raised only after a row commits, so read before the rows it never runs ahead
    // of them (read after, a row committed in between would look removed)
    AuditAnchors.Contents anchored = anchors.enabled() ? anchors.read() : null;
    List<AuditChainBreak> breaks = new ArrayList<>();
    long[] expectedSeq = {1};
    String[] previous = {GENESIS};
    jdbc.sql("""
            select seq, occurred_at, actor, defender_id, reference, action, reason, prev_hash, hash
              from app.defender_audit where tenant_id = :t order by seq""")
        .param("t", tenantId)
        .query(rs -> {
          long seq = rs.getLong("seq");
          String prev = rs.getString("prev_hash");
          if (seq != expectedSeq[0]) {
            breaks.add(new AuditChainBreak(tenantId, seq, "rows " + expectedSeq[0] + " to " + (seq - 1)
                + " are missing (removed)"));
          }
          if (!prev.equals(previous[0])) {
            breaks.add(new AuditChainBreak(tenantId, seq, "does not follow the row before it (a row was removed or edited)"));
          }
          String actual = hash(prev, tenantId, seq, rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
              rs.getObject("defender_id", UUID.class), rs.getString("reference"), rs.getString("action"),
              rs.getString("reason"));
          if (!actual.equals(rs.getString("hash"))) {
            breaks.add(new AuditChainBreak(tenantId, seq, "its content does not match its hash (edited)"));
          }
          previous[0] = rs.getString("hash");
          expectedSeq[0] = seq + 1;
        });
    if (anchored != null) {
      AuditAnchors.Head anchor = anchored.heads().get(tenantId);
      long rows = expectedSeq[0] - 1;
      if (anchored.problem() != null) {
        breaks.add(new AuditChainBreak(tenantId, rows, "cannot be checked against its anchor: " + anchored.problem()));
      } else if (anchor != null && rows < anchor.seq()) {
        breaks.add(new AuditChainBreak(tenantId, rows, "the chain ends at row " + rows + ", but its anchor outside the "
            + "database says it had " + anchor.seq() + " rows (rows removed from its end)"));
      } else if (anchor != null && !holds(tenantId, anchor)) {
        breaks.add(new AuditChainBreak(tenantId, anchor.seq(), "does not match the hash its anchor outside the database "
            + "holds (the chain was replaced from that row on)"));
      }
    }
    return breaks;
  }

  static String hash(String previousHash, String tenantId, long seq, Instant at, String actor, UUID defenderId,
      String reference, String action, String reason) {
    StringBuilder content = new StringBuilder();
    for (String part : new String[] {previousHash, tenantId, Long.toString(seq),
        Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at)), actor, defenderId.toString(), reference, action,
        reason}) {
      // length-prefixed, so no two different rows give the same text
      content.append(part == null ? "-1:" : part.length() + ":" + part).append('|');
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
